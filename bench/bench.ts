// `npm run bench`: speed and size figures as JSON, each with its target and whether it passes.
import { runAppBench } from './appBench';
import { runCoreBench } from './coreBench';
import { runGuidedBench } from './guidedBench';
import { runJudgementBench, runSeriesJudgementBench } from './judgement';
import { runTeamBench } from './teamBench';

if (process.argv.includes('-h') || process.argv.includes('--help')) {
  console.log(`Usage: npm run bench

Builds the app, then prints one JSON object with each figure, its target and whether it passes:
  judgement  agreement with the labelled calls, held-out and development apart, and with the labelled series paths
  core       scripted reply, preparation and scoring times
  guided     how often a surface-feature classifier spots the strong guided line
  app        initial JavaScript and screen timings in headless Chromium
  team       team-mode submissions under load, on PGlite and on PostgreSQL when installed`);
  process.exit(0);
}

const judgement = { ...runJudgementBench(), series: await runSeriesJudgementBench() };
const core = await runCoreBench();
const guided = await runGuidedBench();
const app = await runAppBench();
const team = await runTeamBench();
console.log(JSON.stringify({ judgement, core, guided, app, team }, null, 2));
