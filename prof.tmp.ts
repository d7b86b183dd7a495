import * as P from './src/core/language/purposePhrases';
import * as C from './src/core/language/closingPhrases';
import * as H from './src/core/language/historyPhrases';
import * as I from './src/core/language/issuePhrases';
import * as V from './src/core/language/valuePhrases';
import * as CU from './src/core/language/customerPhrases';
import { TIME_EXPRESSION } from './src/core/language/timeExpressions';
import { normalizeText } from './src/core/language/normalizeText';
import { loadLabelledCalls } from './tests/core/scoring/loadLabelledCalls';
const texts = loadLabelledCalls().flatMap((c) => c.transcript.turns).map((t) => normalizeText(t.text));
const sets: Record<string, RegExp> = {};
for (const [mod, m] of Object.entries({ P, C, H, I, V, CU })) for (const [k, v] of Object.entries(m)) if (v instanceof RegExp) sets[mod + '.' + k] = v;
sets.TIME = TIME_EXPRESSION;
const rows: [string, number, number][] = [];
for (const [k, re] of Object.entries(sets)) {
  const alt = new RegExp(re.source.replace("(?<![\\p{L}\\p{N}'])", '(?<![a-z0-9\'])').replace('(?![\\p{L}\\p{N}])', '(?![a-z0-9])'), 'g');
  let a = performance.now(); for (let r = 0; r < 20; r++) for (const t of texts) { re.lastIndex = 0; re.test(t); } const t1 = performance.now() - a;
  a = performance.now(); for (let r = 0; r < 20; r++) for (const t of texts) { alt.lastIndex = 0; alt.test(t); } const t2 = performance.now() - a;
  rows.push([k, t1 * 1000 / (20 * texts.length), t2 * 1000 / (20 * texts.length)]);
}
rows.sort((a, b) => b[1] - a[1]);
let s1 = 0, s2 = 0; for (const r of rows) { s1 += r[1]; s2 += r[2]; console.log(r[0].padEnd(28), r[1].toFixed(2), r[2].toFixed(2)); }
console.log('total µs/turn', s1.toFixed(1), s2.toFixed(1));
let a = performance.now(); for (let r = 0; r < 20; r++) for (const t of loadLabelledCalls().flatMap((c) => c.transcript.turns)) normalizeText(t.text); console.log('normalize µs', ((performance.now() - a) * 1000 / (20 * texts.length)).toFixed(2));
