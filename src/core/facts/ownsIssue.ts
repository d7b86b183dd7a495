import type { RepTurnDetail } from '../language/classifyRepTurn';
import { LOOKS_AHEAD, onlyChasesInternally, OWN_PAPERWORK, POINTS_BACK } from '../language/issuePhrases';
import { normalizeText } from '../language/normalizeText';
import { GUESSED_DAY } from '../language/timeExpressions';
import { has } from '../language/phraseSet';

/** What of a rep turn's reading decides whether it owns a problem. */
export type OwnershipReading = Pick<
  RepTurnDetail,
  | 'commitsAction'
  | 'proposesNextStep'
  | 'vaguePromise'
  | 'dismisses'
  | 'specificTime'
  | 'asksQuestion'
  | 'asksReferral'
  | 'pressure'
  | 'upsell'
  | 'acknowledges'
  | 'valueItemIds'
  | 'nextStepTopic'
  | 'resolvesNow'
  | 'callbackOnly'
  | 'estimatesWhen'
  | 'issueIds'
>;

/** A firm, dated statement about what happens next, neither a question nor a hedge: "It's on the truck and will be with you tomorrow by 9 am." */
export function firmAnswer(moves: OwnershipReading, text: string): boolean {
  // Read as normalized, so "Thursday’s van" with a typed curly apostrophe reads as "thursday's van".
  return moves.specificTime && !moves.asksQuestion && !moves.vaguePromise && LOOKS_AHEAD.test(normalizeText(text));
}

/** The rep's own agenda in the same breath: a referral, pressure or an upsell. Value for the customer is not on this list. */
export function sellsInSameBreath(moves: OwnershipReading): boolean {
  return moves.asksReferral || moves.pressure || moves.upsell;
}

/**
 * The one rule, for the customer and the scorer, for owning a problem: a plan (an action or a proposal) with a time someone
 * can hold the rep to, a firm dated answer, or the problem settled there and then, and nothing of the rep's own agenda in
 * the same breath.
 */
export function ownsIssue(moves: OwnershipReading, text: string): boolean {
  // Waving it away or blaming someone else is not owning it, whatever is promised next.
  if (sellsInSameBreath(moves) || moves.dismisses) return false;
  // Settled on the spot ("It's fixed at 14 percent"): nothing is left to promise a time for.
  const settled = moves.resolvesNow && !moves.vaguePromise;
  // Only a promise to ring back ("I'll call you Friday") is a next step; owning it means doing something about the problem.
  if (moves.callbackOnly) return settled;
  // "cups on the way, think thursday maybe": a guessed day is not a time anyone can hold the rep to; nor is chasing the
  // warehouse today, with nothing promised to the customer.
  const norm = normalizeText(text);
  if (has(GUESSED_DAY, norm) || onlyChasesInternally(norm)) return settled;
  const plan = moves.commitsAction || (moves.proposesNextStep && !moves.vaguePromise);
  return (plan && moves.specificTime) || firmAnswer(moves, text) || settled;
}

/** The rep turns to their own agenda: a referral, something they want to bring or sell, or their next step. */
function ownAgenda(moves: OwnershipReading): boolean {
  return sellsInSameBreath(moves) || moves.valueItemIds.length > 0 || (moves.proposesNextStep && moves.nextStepTopic);
}

/**
 * Whether a turn that does not name the open problem still answers it in other words ("I'll check on that", "it will be with
 * you tomorrow by 9"), rather than being about the rep's own agenda.
 */
export function answersOpenIssue(moves: OwnershipReading, text: string, issueId?: string): boolean {
  // "Plates by noon tomorrow" is about the plates, not the light still open beside them.
  if (issueId !== undefined && moves.issueIds.length > 0 && !moves.issueIds.includes(issueId)) return false;
  if (moves.dismisses) return true;
  // "I'll send the confirmation today" follows up the rep's own sale; the problem is still waiting.
  if (moves.issueIds.length === 0 && OWN_PAPERWORK.test(normalizeText(text))) return false;
  // "Sorry, next Friday. Then can we fix a call Thursday?": a "sorry" for something else before the rep's own step.
  // "Sorry we let you down. They're on Thursday's van, and your credit comes off": a firm dated answer after the apology.
  if (moves.acknowledges) return !ownAgenda(moves) || moves.commitsAction || firmAnswer(moves, text);
  // "You're down for Saturday at nine" books the rep's own item; it does not answer the problem left open.
  if (ownAgenda(moves)) return false;
  // A guessed date answers "when?" too, loosely: the customer hears it as a vague answer, not as a change of subject.
  if (moves.vaguePromise || moves.commitsAction || moves.estimatesWhen) return true;
  return firmAnswer(moves, text) && POINTS_BACK.test(normalizeText(text));
}
