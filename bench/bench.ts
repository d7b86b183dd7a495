// `npm run bench`: speed and size figures as JSON, each with its target and whether it passes.
import { runAppBench } from './appBench';
import { runCoreBench } from './coreBench';
import { runGuidedBench } from './guidedBench';
import { runJudgementBench } from './judgement';
import { runTeamBench } from './teamBench';

const judgement = runJudgementBench();
const core = await runCoreBench();
const guided = await runGuidedBench();
const app = await runAppBench();
const team = await runTeamBench();
console.log(JSON.stringify({ judgement, core, guided, app, team }, null, 2));
