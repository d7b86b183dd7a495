import type { HeardMoves } from './classifyCached';
import { openIssueId, type PersonaState } from './personaState';

// The customer's sense of "owning the problem" follows the scorer's (scoring/trackIssues.ts): a specific action with a time
// someone can hold the rep to, or a dated answer about the issue itself ("it will be with you tomorrow by 9 am").

/** Words that look ahead ("will be with you", "arrive Thursday"), so a date in the past ("they were promised by the 16th") is no answer. */
const LOOKS_AHEAD = /\b(?:will|shall|going to|gonna|arrives?|arriving|ships?|shipping|delivers?|delivering|on (?:the|its|their) way|on the truck)\b|\w'll\b/i;

/** A firm, dated statement about what happens next, neither a question nor a hedge: "It's on the truck and will be with you tomorrow by 9 am." */
export function firmAnswer(moves: HeardMoves, text: string): boolean {
  return moves.specificTime && !moves.asksQuestion && !moves.vaguePromise && LOOKS_AHEAD.test(text);
}

/** The turn owns the issue it speaks to: a plan (an action or a proposal) with a specific time, or a firm dated answer. */
export function ownsIssue(moves: HeardMoves, text: string): boolean {
  if (moves.asksReferral) return false;
  const plan = moves.commitsAction || (moves.proposesNextStep && !moves.vaguePromise);
  return (plan && moves.specificTime) || firmAnswer(moves, text);
}

/** The rep turns to their own agenda: a referral, something they want to bring or sell, or their next step. */
function ownAgenda(moves: HeardMoves): boolean {
  return moves.asksReferral || moves.valueItemIds.length > 0 || (moves.proposesNextStep && moves.nextStepTopic);
}

/** Words that point back at the thing under discussion ("it", "they", "the order"), so "I'm in the office till 5" is not an answer. */
const POINTS_BACK = /\b(?:it|its|it's|it'll|they|them|they're|they'll|that|this|the order|the delivery)\b/i;

/**
 * The issue a rep turn speaks to: one it names, or else the open one, which is the topic under discussion, when the turn answers
 * it in other words ("I'll check on that", "it will be with you tomorrow by 9") and is not about the rep's own agenda.
 */
export function issueSpokenTo(state: PersonaState, moves: HeardMoves, text: string): string | undefined {
  const named = moves.issueIds.find((id) => id in state.issues && state.issues[id] !== 'owned');
  if (named) return named;
  const open = openIssueId(state);
  if (!open) return undefined;
  if (moves.vaguePromise || moves.commitsAction || moves.acknowledges) return open;
  return firmAnswer(moves, text) && !ownAgenda(moves) && POINTS_BACK.test(text) ? open : undefined;
}
