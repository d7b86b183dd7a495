import type { Scenario } from '../scenario/scenarioSchema';
import type { Turn } from '../transcript';
import { analyzeCall } from './analyzeCall';
import { valueBroughtByTurn } from './rules/bringValue';
import { openItemNames } from './trackIssues';

/** What a briefing open item is about: one of the persona's open issues or one of the scenario's value items. */
export interface OpenItemLink {
  kind: 'issue' | 'value';
  id: string;
}

/** Where an open item stands: not dealt with, come up but not resolved (issues only), or dealt with. */
export type OpenItemState = 'open' | 'raised' | 'handled';

/** One briefing open item and how far the call so far has dealt with it. */
export interface OpenItemProgress {
  text: string;
  /** Null when the item names no issue or value item: nothing in the call can tick it. */
  linkedTo: OpenItemLink | null;
  state: OpenItemState;
}

/** The issue or value item a briefing open item names, by the matching rule that puts issues on record; issues first. */
export function linkOpenItem(scenario: Scenario, item: string): OpenItemLink | null {
  const issue = (scenario.persona?.openIssues ?? []).find((candidate) => openItemNames(item, scenario, candidate));
  if (issue) return { kind: 'issue', id: issue.id };
  const value = (scenario.facts?.valueItems ?? []).find((candidate) => openItemNames(item, scenario, candidate));
  return value ? { kind: 'value', id: value.id } : null;
}

/**
 * The briefing's open items in order, each with what it is about and whether the call so far has dealt with it,
 * judged by the scorer: an issue is handled once owned, a value item once the rep has brought it.
 */
export function openItemProgress(scenario: Scenario, turns: readonly Turn[]): OpenItemProgress[] {
  const items = scenario.briefing?.openItems ?? [];
  // Linking is a handful of keyword tests, cheap next to classifying the turns.
  const itemLinks = items.map((item) => linkOpenItem(scenario, item));
  // With nothing linked or nothing said, every item is open: skip classifying the call.
  const call =
    itemLinks.some((link) => link !== null) && turns.length > 0
      ? analyzeCall(scenario, { scenarioId: scenario.id, channel: scenario.channel, turns: turns.slice() })
      : undefined;
  const brought = new Set(call ? [...valueBroughtByTurn(call).values()].flat() : []);
  return items.map((text, i): OpenItemProgress => {
    const linkedTo = itemLinks[i] ?? null;
    if (!linkedTo || !call) return { text, linkedTo, state: 'open' };
    if (linkedTo.kind === 'value') return { text, linkedTo, state: brought.has(linkedTo.id) ? 'handled' : 'open' };
    const episode = call.issues.find((e) => e.id === linkedTo.id);
    const state = episode?.ownedAt != null ? 'handled' : episode?.raisedAt != null ? 'raised' : 'open';
    return { text, linkedTo, state };
  });
}
