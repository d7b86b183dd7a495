import type { Scenario } from './scenarioSchema';

/** What the rep's file says about the account: who is being called, the history notes and the open items, in that order. */
export function recordNotes(scenario: Scenario): string[] {
  const briefing = scenario.briefing;
  return [briefing?.calling ?? '', ...(briefing?.history ?? []).map((entry) => entry.note), ...(briefing?.openItems ?? [])];
}
