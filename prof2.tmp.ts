import { normalizeText } from './src/core/language/normalizeText';
import { describeRepTurn } from './src/core/language/classifyRepTurn';
import { describeCustomerTurn } from './src/core/language/classifyCustomerTurn';
import { loadLabelledCalls, loadShippedScenarios } from './tests/core/scoring/loadLabelledCalls';
const s = loadShippedScenarios().find((x) => x.id === 'lease-follow-up')!;
const turns = loadLabelledCalls().flatMap((c) => c.transcript.turns);
const raw = turns.map((t) => t.text);
const bench = (name: string, f: (t: string) => unknown, list = raw) => {
  for (let r = 0; r < 5; r++) for (const t of list) f(t);
  const a = performance.now(); for (let r = 0; r < 20; r++) for (const t of list) f(t);
  console.log(name, ((performance.now() - a) * 1000 / (20 * list.length)).toFixed(1), 'µs');
};
bench('normalize', normalizeText);
bench('rep', (t) => describeRepTurn(t, s), turns.filter((t) => t.speaker === 'rep').map((t) => t.text));
bench('cust', (t) => describeCustomerTurn(t, s), turns.filter((t) => t.speaker === 'customer').map((t) => t.text));
