import { it } from 'vitest';
import { measureAgreement } from '../../../src/core/scoring/agreement';
import { loadLabelledCalls, loadShippedScenarios } from './loadLabelledCalls';
it('prints', () => {
  const r = measureAgreement(loadShippedScenarios(), loadLabelledCalls());
  console.log(JSON.stringify({ overall: r.overall, q: r.meanOverallByQuality, d: r.disagreements.map((d) => `${d.file} ${d.principle} label=${d.label} scored=${d.scored}`) }, null, 1));
});
