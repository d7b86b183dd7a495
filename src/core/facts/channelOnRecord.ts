import { channelInNotes, type Channel } from '../language/channels';
import { recordNotes } from '../scenario/recordNotes';
import type { Scenario } from '../scenario/scenarioSchema';

/** The channel the briefing's notes ask for, remembered per scenario. */
const channels = new WeakMap<Scenario, Channel | null>();

/** The channel the account's notes ask for ("documents by email, never by post"), or null when they name none. */
export function channelOnRecord(scenario: Scenario): Channel | null {
  if (!channels.has(scenario)) channels.set(scenario, channelInNotes(recordNotes(scenario)));
  return channels.get(scenario) ?? null;
}

/**
 * The rep offers to send things a way the notes rule out ("I'll pop it in the post" to an email-only client), without
 * also offering the channel on record. A walkthrough on the phone is the call itself, not a contradiction.
 */
export function contradictsRecord(scenario: Scenario, offered: readonly Channel[]): boolean {
  const onRecord = channelOnRecord(scenario);
  return onRecord !== null && offered.some((channel) => channel !== 'phone' && channel !== onRecord) && !offered.includes(onRecord);
}
