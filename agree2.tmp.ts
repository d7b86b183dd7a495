import { measureAgreement } from './src/core/scoring/agreement';
import { loadShippedScenarios } from './tests/core/scoring/loadLabelledCalls';
import { PARAPHRASED_CALLS } from './tests/core/scoring/paraphrasedCalls';
const r = measureAgreement(loadShippedScenarios(), PARAPHRASED_CALLS);
console.log(r.calls, r.overall, r.meanOverallByQuality, r.skipped);
for (const [k, v] of Object.entries(r.perPrinciple)) console.log(k, v.agreed + '/' + v.total);
for (const d of r.disagreements) console.log(d.principle.padEnd(18), d.label.padEnd(7), '->', d.scored.padEnd(7), d.file);
