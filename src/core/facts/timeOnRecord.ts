import { forbiddenCallTime } from '../language/contactTimeNote';
import { sharesTopic, topicStems } from '../language/contentWords';
import type { CustomerTurnDetail } from '../language/classifyCustomerTurn';
import type { Scenario } from '../scenario/scenarioSchema';

const notes = new WeakMap<Scenario, { note: string; words: Set<string> } | null>();

/** The account's note on when not to call ("never during the morning rush"), with the topic words of that time. */
export function contactTimeOnRecord(scenario: Scenario): { note: string; words: Set<string> } | null {
  if (!notes.has(scenario)) {
    const note = (scenario.briefing?.history ?? []).map((entry) => entry.note).find((text) => forbiddenCallTime(text) !== null);
    notes.set(scenario, note ? { note, words: topicStems(forbiddenCallTime(note)!) } : null);
  }
  return notes.get(scenario) ?? null;
}

/**
 * The customer's line shows the call came when their file says not to: they are busy, in the note's own terms ("Morning
 * rush, I've a queue", against "never during the morning rush").
 */
export function calledAgainstTimeOnRecord(scenario: Scenario, customer: CustomerTurnDetail, text: string): boolean {
  const record = contactTimeOnRecord(scenario);
  if (!record || !customer.busy) return false;
  return sharesTopic(record.words, text);
}
