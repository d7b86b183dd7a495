import type { RepTurnDetail } from '../language/classifyRepTurn';
import { has } from '../language/phraseSet';
import { normalizeText } from '../language/normalizeText';
import { MEETS_AGAIN } from '../language/closingPhrases';

/** What of a rep turn's reading decides whether it puts a step on the table. */
export type StepReading = Pick<
  RepTurnDetail,
  'checksTime' | 'namesTime' | 'nextStepTopic' | 'proposesNextStep' | 'commitsAction' | 'leavesItOpen' | 'asksQuestion'
>;

/** A turn that puts a concrete step forward; "Would now be OK, or shall I call after 2?" is a time check, not a step. */
function proposesStep(moves: StepReading): boolean {
  const timeCheckOnly = moves.checksTime && !moves.nextStepTopic;
  return (moves.proposesNextStep && !timeCheckOnly) || (moves.commitsAction && moves.namesTime);
}

/**
 * The one rule, for the customer and the scorer, for a proposal that can become the call's next step: not left to the
 * customer, and not a one-sided promise to send or fix something unless it is the scenario's own step, a question the
 * customer can say yes to, or a timed call or visit.
 */
export function offersStep(moves: StepReading, text: string): boolean {
  if (!proposesStep(moves)) return false;
  if (moves.leavesItOpen && !moves.namesTime) return false;
  return (moves.proposesNextStep && moves.asksQuestion) || moves.nextStepTopic || (moves.namesTime && has(MEETS_AGAIN, normalizeText(text)));
}
