import { describeRepTurn } from './src/core/language/classifyRepTurn';
import { loadLabelledCalls, loadShippedScenarios } from './tests/core/scoring/loadLabelledCalls';
const s = loadShippedScenarios().find((x) => x.id === 'lease-follow-up')!;
const reps = loadLabelledCalls().flatMap((c) => c.transcript.turns).filter((t) => t.speaker === 'rep').map((t) => t.text);
for (let r = 0; r < 300; r++) for (const t of reps) describeRepTurn(t, s);
