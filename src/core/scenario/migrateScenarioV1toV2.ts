import type { NextStep, ScenarioV2 } from './scenarioSchema';
import type { ScenarioV1 } from './scenarioSchemaV1';

// Version 1 next steps had only a kind and keywords: the meaning says the kind in a plain sentence.
const NEXT_STEP_MEANING: Record<NextStep['kind'], string> = {
  appointment: 'Proposes booking an appointment as the next step.',
  demo: 'Proposes booking a demo as the next step.',
  order: 'Proposes placing an order as the next step.',
  visit: 'Proposes a visit as the next step.',
  callback: 'Proposes a callback as the next step.',
  document: 'Proposes sending a document as the next step.',
};

/**
 * Reads a version 1 scenario as version 2: each issue and value item means its summary, each hidden fact its text,
 * the next step its kind; examples are left empty for an author to write, and the keywords are kept as they were.
 */
export function migrateScenarioV1toV2(v1: ScenarioV1): ScenarioV2 {
  const { persona, facts } = v1;
  return {
    ...v1,
    schemaVersion: 2,
    migratedFrom: 1,
    persona: {
      ...persona,
      hiddenFacts: persona.hiddenFacts.map((fact) => ({ ...fact, meaning: fact.text, examples: [] })),
      openIssues: persona.openIssues.map((issue) => ({ ...issue, meaning: issue.summary, examples: [] })),
    },
    facts: {
      ...facts,
      valueItems: facts.valueItems.map((item) => ({ ...item, meaning: item.summary, examples: [] })),
      nextStep: { ...facts.nextStep, meaning: NEXT_STEP_MEANING[facts.nextStep.kind], examples: [] },
    },
  };
}
