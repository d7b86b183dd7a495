import { scoreTranscript } from './src/core/scoring/scoreTranscript';
import { classifyRepTurn } from './src/core/language/classifyRepTurn';
import { loadShippedScenarios, loadLabelledCalls } from './tests/core/scoring/loadLabelledCalls';
const scenarios = new Map(loadShippedScenarios().map((s) => [s.id, s]));
const calls = loadLabelledCalls();
const turns = calls.flatMap((c) => c.transcript.turns);
const s = scenarios.get('lease-follow-up')!;
for (const n of [10, 100, 1000]) {
  const t = { scenarioId: s.id, channel: 'call' as const, turns: Array.from({ length: n }, (_, i) => turns[i % turns.length]!) };
  const times: number[] = [];
  for (let k = 0; k < 15; k++) { const a = performance.now(); scoreTranscript(s, t); times.push(performance.now() - a); }
  times.sort((a, b) => a - b);
  console.log(n, 'median ms', times[7]!.toFixed(2));
}
const big = 'just checking in '.repeat(6000);
let a = performance.now(); classifyRepTurn(big, s); console.log('100k chars ms', (performance.now() - a).toFixed(2));
const rep = turns.filter((t) => t.speaker === 'rep').map((t) => t.text);
a = performance.now(); for (let k = 0; k < 5; k++) for (const r of rep) classifyRepTurn(r, s); console.log('per rep turn µs', ((performance.now() - a) * 1000 / (5 * rep.length)).toFixed(1));
