import type { CallRecord } from '../../core/history';
import { isPrincipleId, type PrincipleId } from '../../core/principles';
import { endReasonSentence, firstName } from '../shell/labels';

/** One thing the call did or did not achieve (the quotes are under each principle). */
export interface OutcomePoint {
  achieved: boolean;
  text: string;
}

/** What the call achieved, to set beside the trainee's own goal. */
export interface Outcome {
  headline: string;
  points: OutcomePoint[];
}

const PHRASES: Record<PrincipleId, [achieved: string, missed: string]> = {
  'purpose-first': ['Made the reason for the call clear early', 'The reason for the call was not clear early on'],
  'bring-value': ['Brought something the customer valued', 'Brought nothing the customer could use'],
  'know-the-history': ['Showed you knew the account', 'Did not show you knew the account'],
  'own-the-issue': ['Owned the open problem, with an action and a time', 'The customer’s problem was not owned with an action and a time'],
  'referral-timing': ['Asked for a referral at the right moment', 'The referral request came at the wrong moment'],
  'next-step': ['Agreed a concrete next step', 'No concrete next step was agreed'],
  persist: ['Kept the door open with a reason and a time', 'Let “not now” close the door'],
  'respect-time': ['Respected the customer’s time', 'Did not respect the customer’s time'],
};

/** A voicemail has nobody to agree with or to say "not now": these principles read as what the message left behind. */
const VOICEMAIL_PHRASES: Partial<Record<PrincipleId, [achieved: string, missed: string]>> = {
  'next-step': ['Left a concrete next step (when you will call back, or how to reach you)', 'The message left no concrete next step'],
  persist: ['Left a reason to call back and a time you will try again', 'The message gave no reason to call back or time you will try again'],
};

/** The ending, and per principle that applied, what was achieved or missed. */
export function describeOutcome(record: CallRecord, customerName: string): Outcome {
  const points: OutcomePoint[] = [];
  for (const result of record.report.principles) {
    if (result.verdict === 'n/a' || !isPrincipleId(result.id)) continue;
    const achieved = result.verdict === 'met';
    const [yes, no] = (record.transcript.channel === 'voicemail' ? VOICEMAIL_PHRASES[result.id] : undefined) ?? PHRASES[result.id];
    points.push({ achieved, text: achieved ? yes : no });
  }
  // Achievements first: the trainee reads what worked, then what to fix.
  points.sort((a, b) => Number(b.achieved) - Number(a.achieved));
  return { headline: endReasonSentence(record.transcript.endReason, firstName(customerName)), points };
}
