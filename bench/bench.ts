// `npm run bench`: speed and size figures as JSON, each with its target and whether it passes.
import { runAppBench } from './appBench';
import { runCoreBench } from './coreBench';
import { runJudgementBench } from './judgement';

const judgement = runJudgementBench();
const core = await runCoreBench();
const app = await runAppBench();
console.log(JSON.stringify({ judgement, core, app }, null, 2));
