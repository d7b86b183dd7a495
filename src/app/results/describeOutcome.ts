import type { CallRecord } from '../../core/history';
import { isPrincipleId, principleById } from '../../core/principles';
import type { Scenario } from '../../core/scenario';
import { endReasonSentence, lastOnTheLine } from '../shared/labels';

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

/** The ending, and per principle that applied, what was achieved or missed. */
export function describeOutcome(record: CallRecord, customerName: string, scenario?: Scenario): Outcome {
  const points: OutcomePoint[] = [];
  for (const result of record.report.principles) {
    if (result.verdict === 'n/a' || !isPrincipleId(result.id)) continue;
    const achieved = result.verdict === 'met';
    const { outcome } = principleById(result.id);
    // A voicemail has nobody to agree with or to say "not now": some principles read as what the message left behind.
    const labels = (record.transcript.channel === 'voicemail' ? outcome.voicemail : undefined) ?? outcome;
    points.push({ achieved, text: achieved ? labels.met : labels.missed });
  }
  // Achievements first: the trainee reads what worked, then what to fix.
  points.sort((a, b) => Number(b.achieved) - Number(a.achieved));
  return { headline: endReasonSentence(record.transcript.endReason, lastOnTheLine(record.transcript.turns, customerName, scenario)), points };
}
