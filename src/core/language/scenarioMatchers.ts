import type { MatchableItem, Scenario } from '../scenario/scenarioSchema';
import { capitalisedWords, deriveMatchTerms, wordsOf } from './deriveMatchTerms';
import { matchKeywords } from './matchKeywords';
import { normalizeText } from './normalizeText';

/** The scenario facts a detector looks for in one turn, as matched on normalized text. */
export interface ScenarioMentions {
  issueIds: string[];
  valueItemIds: string[];
  factIds: string[];
  history: boolean;
  nextStepTopic: boolean;
}

/** What an item is matched by: its keywords (which may reorder), and terms derived from its meaning and examples (in order). */
export interface ItemTerms {
  keywords: readonly string[];
  derived: readonly string[];
}

const termCache = new WeakMap<Scenario, WeakMap<object, ItemTerms>>();
const NO_TERMS: string[] = [];

/** Every matchable item of a scenario: hidden facts, open issues, value items and the next step. */
function matchableItems(scenario: Scenario): MatchableItem[] {
  const items: MatchableItem[] = [...(scenario.persona?.hiddenFacts ?? []), ...(scenario.persona?.openIssues ?? []), ...(scenario.facts?.valueItems ?? [])];
  if (scenario.facts?.nextStep) items.push(scenario.facts.nextStep);
  return items;
}

/** The terms each item of the scenario is matched by (its keywords, meaning and examples), derived once per scenario. */
function termsByItem(scenario: Scenario): WeakMap<object, ItemTerms> {
  const cached = termCache.get(scenario);
  if (cached) return cached;
  const items = matchableItems(scenario);
  const briefing = scenario.briefing;
  // Names say who is talking, not what about: "Hi Art" must not match an item whose examples say "Art, your lease…".
  const names = wordsOf([scenario.persona?.name, scenario.persona?.company, ...capitalisedWords(briefing?.you), ...capitalisedWords(briefing?.calling)]);
  const history = wordsOf(scenario.facts?.historyKeywords ?? []);
  const notes = [briefing?.you, briefing?.calling, briefing?.goal, ...(briefing?.openItems ?? []), ...(briefing?.history ?? []).map((entry) => entry.note)];
  const derived = deriveMatchTerms(items, { names, history, briefing: wordsOf(notes, 'stem') });
  const map = new WeakMap<object, ItemTerms>();
  items.forEach((item, i) => map.set(item, { keywords: item.keywords ?? NO_TERMS, derived: derived[i] ?? NO_TERMS }));
  termCache.set(scenario, map);
  return map;
}

/** The terms an item of this scenario is matched by; the same arrays every time, so their compiled patterns are cached. */
export function matchTerms(scenario: Scenario | undefined | null, item: MatchableItem): ItemTerms {
  const terms = scenario ? termsByItem(scenario).get(item) : undefined;
  return terms ?? { keywords: item.keywords ?? NO_TERMS, derived: NO_TERMS };
}

/** Letters and digits only, spaced, so an example line is found whatever its punctuation. */
const bare = (text: string) => ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
const exampleCache = new WeakMap<MatchableItem, string[]>();

/** The author's own example lines, said as written ("When are you normally free?"), name the item whatever their words. */
function saysAnExample(normalized: string, item: MatchableItem): boolean {
  let examples = exampleCache.get(item);
  if (!examples) exampleCache.set(item, (examples = (item.examples ?? []).map((example) => bare(normalizeText(example)))));
  if (examples.length === 0) return false;
  const said = bare(normalized);
  return examples.some((example) => said.includes(example));
}

/** True when the normalized text mentions the item (by its keywords, words of its meaning and examples, or an example said whole). */
export function mentionsItem(normalized: string, scenario: Scenario | undefined | null, item: MatchableItem): boolean {
  const { keywords, derived } = matchTerms(scenario, item);
  return matchKeywords(normalized, keywords) || (derived.length > 0 && matchKeywords(normalized, derived, true)) || saysAnExample(normalized, item);
}

/** Ids of the items the normalized text mentions, in the items' order. */
export function mentionedIds(normalized: string, scenario: Scenario | undefined | null, items: readonly (MatchableItem & { id: string })[]): string[] {
  const ids: string[] = [];
  for (const item of items) if (mentionsItem(normalized, scenario, item)) ids.push(item.id);
  return ids;
}

const EMPTY: ScenarioMentions = { issueIds: [], valueItemIds: [], factIds: [], history: false, nextStepTopic: false };

/** What the normalized text mentions of a scenario's issues, value items, hidden facts, history and next-step topic. */
export function findScenarioMentions(normalized: string, scenario: Scenario | undefined | null, topicsOnly = false): ScenarioMentions {
  if (!scenario || normalized.length === 0) return { ...EMPTY, issueIds: [], valueItemIds: [], factIds: [] };
  const persona = scenario.persona;
  const facts = scenario.facts;
  return {
    issueIds: persona?.openIssues ? mentionedIds(normalized, scenario, persona.openIssues) : [],
    valueItemIds: facts?.valueItems ? mentionedIds(normalized, scenario, facts.valueItems) : [],
    factIds: !topicsOnly && persona?.hiddenFacts ? mentionedIds(normalized, scenario, persona.hiddenFacts) : [],
    history: !topicsOnly && facts?.historyKeywords ? matchKeywords(normalized, facts.historyKeywords) : false,
    nextStepTopic: facts?.nextStep ? mentionsItem(normalized, scenario, facts.nextStep) : false,
  };
}

const vocabularies = new WeakMap<Scenario, Set<string>>();

function collectStrings(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, into));
  // Examples are lines a rep might say, not facts of the account: they stay out of its vocabulary.
  else if (value && typeof value === 'object') Object.entries(value).forEach(([key, item]) => key !== 'examples' && collectStrings(item, into));
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
