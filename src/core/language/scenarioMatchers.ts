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

const vocabularies = new WeakMap<Scenario, Set<string>>();

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, into));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => collectStrings(item, into));
}

/** Every word of the account as the rep knows it (briefing, facts, open issues), as stems, built once per scenario. */
export function scenarioVocabulary(scenario: Scenario): Set<string> {
  const cached = vocabularies.get(scenario);
  if (cached) return cached;
  const texts: string[] = [scenario.summary ?? ''];
  collectStrings(scenario.briefing, texts);
  collectStrings(scenario.facts, texts);
  collectStrings(scenario.persona?.openIssues, texts);
  const words = new Set<string>();
  for (const text of texts) for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word.length > 2) words.add(stem(word));
  vocabularies.set(scenario, words);
  return words;
}

/** A rough stem for vocabulary checks: the first four letters of the singular ("quotation" and "quote" meet). */
export function stem(word: string): string {
  return singular(word).slice(0, 4);
}

/** A rough singular ("plates" to "plate", "deliveries" to "delivery") so vocabulary checks ignore number. */
export function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}
