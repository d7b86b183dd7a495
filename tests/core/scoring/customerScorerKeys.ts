import { compareCustomerWithScorer } from '../../../src/core/facts/compareCustomerWithScorer';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import { loadCorpus, type CorpusSet } from './loadLabelledCalls';

/** Every call of a set played against the scripted customer: where the customer and the scorer read it differently. */
export function customerScorerKeys(scenarios: readonly Scenario[], set: CorpusSet): string[] {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const keys: string[] = [];
  for (const call of loadCorpus(set)) {
    const scenario = byId.get(call.transcript.scenarioId);
    if (!scenario) continue;
    const lines = call.transcript.turns.filter((t) => t.speaker === 'rep').map((t) => t.text);
    for (const m of compareCustomerWithScorer(scenario, lines).mismatches) keys.push(`${call.file} ${m.concept}: customer ${m.customer}, scorer ${m.scorer}`);
  }
  return keys.sort();
}
