import type { Scenario } from '../scenario/scenarioSchema';
import { matchKeywords, matchingIds } from './matchKeywords';

/** The scenario facts a detector looks for in one turn, as matched on normalized text. */
export interface ScenarioMentions {
  issueIds: string[];
  valueItemIds: string[];
  factIds: string[];
  history: boolean;
  nextStepTopic: boolean;
}

const EMPTY: ScenarioMentions = { issueIds: [], valueItemIds: [], factIds: [], history: false, nextStepTopic: false };

/** What the normalized text mentions of a scenario's issues, value items, hidden facts, history and next-step topic. */
export function findScenarioMentions(normalized: string, scenario: Scenario | undefined | null, topicsOnly = false): ScenarioMentions {
  if (!scenario || normalized.length === 0) return { ...EMPTY, issueIds: [], valueItemIds: [], factIds: [] };
  const persona = scenario.persona;
  const facts = scenario.facts;
  return {
    issueIds: persona?.openIssues ? matchingIds(normalized, persona.openIssues) : [],
    valueItemIds: facts?.valueItems ? matchingIds(normalized, facts.valueItems) : [],
    factIds: !topicsOnly && persona?.hiddenFacts ? matchingIds(normalized, persona.hiddenFacts) : [],
    history: !topicsOnly && facts?.historyKeywords ? matchKeywords(normalized, facts.historyKeywords) : false,
    nextStepTopic: facts?.nextStep?.keywords ? matchKeywords(normalized, facts.nextStep.keywords) : false,
  };
}
