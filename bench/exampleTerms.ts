// `npx tsx bench/exampleTerms.ts`: verdict agreement with items matched by keywords alone, and with the phrases of their
// meaning and examples too (as shipped). The held-out figure is an aggregate only: nothing is tuned on it.
import { measureAgreement } from '../src/core/scoring';
import type { Scenario } from '../src/core/scenario';
import { loadCorpus, loadShippedScenarios, type CorpusSet } from '../tests/core/scoring/loadLabelledCalls';

/** The scenario with every item's meaning and examples emptied, so only keywords match (as in version 1). */
function keywordsOnly(scenario: Scenario): Scenario {
  const strip = <T extends object>(item: T) => ({ ...item, meaning: '', examples: [] });
  const { persona, facts } = scenario;
  return {
    ...scenario,
    persona: { ...persona, hiddenFacts: persona.hiddenFacts.map(strip), openIssues: persona.openIssues.map(strip) },
    facts: { ...facts, valueItems: facts.valueItems.map(strip), nextStep: strip(facts.nextStep) },
  };
}

const shipped = loadShippedScenarios();
const figure = (scenarios: Scenario[], set: CorpusSet) => {
  const { overall } = measureAgreement(scenarios, loadCorpus(set));
  return `${overall.agreed}/${overall.total} (${(overall.rate * 100).toFixed(1)}%)`;
};
for (const set of ['dev', 'heldout'] as const) {
  console.log(`${set}: keywords only ${figure(shipped.map(keywordsOnly), set)}; with meaning and examples ${figure(shipped, set)}`);
}
