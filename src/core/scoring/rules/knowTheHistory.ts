import type { AnalyzedTurn, CallAnalysis, RepTurn } from '../analyzeCall';
import { evidenceOf, evidenceWhere, met, missed, type PrincipleRule } from '../rule';
import { givesReason } from './purposeFirst';

/**
 * Customer turns that had to bring up a problem on record because the rep had offered nothing from the account first
 * (small talk, a referral ask): the rep either did not know about it or hoped it would not come up (000, the plates).
 */
function recordRaisedForUs(call: CallAnalysis): Set<number> {
  const turns = new Set<number>();
  for (const episode of call.issues) {
    if (!episode.onRecord || episode.raisedBy !== 'customer' || episode.raisedAt === null) continue;
    const at = episode.raisedAt;
    if (!call.repTurns.some((turn) => turn.index < at && givesReason(turn))) turns.add(at);
  }
  return turns;
}

/** Know the history: reference the account, never make the customer explain it, never be surprised by what is on record. */
export const knowTheHistory: PrincipleRule = {
  id: 'know-the-history',
  evaluate(call) {
    const customerRaised = new Set(call.issues.filter((e) => e.raisedBy === 'customer').map((e) => e.raisedAt));
    let previousCustomerRaised = false;
    const ignorance: AnalyzedTurn[] = [];
    let knowledge: AnalyzedTurn | undefined;
    let previousRep: AnalyzedTurn | undefined;
    let askedWhy = false;
    const raisedForUs = recordRaisedForUs(call);
    let raisedForUsAt: AnalyzedTurn | undefined;
    let rebukedAt: AnalyzedTurn | undefined;
    let reasonGiven = false;
    for (const turn of call.turns) {
      if (turn.customer) {
        previousCustomerRaised = customerRaised.has(turn.index);
        if (raisedForUs.has(turn.index) && previousRep && !ignorance.includes(previousRep)) {
          ignorance.push(previousRep);
          raisedForUsAt ??= previousRep;
        }
        askedWhy = turn.customer.asksWhy;
        // "It's in your notes": the customer tells us the rep's last line asked for what we already hold.
        if (turn.customer.rebukesIgnorance && previousRep && !ignorance.includes(previousRep)) {
          ignorance.push(previousRep);
          rebukedAt ??= previousRep;
        }
        continue;
      }
      previousRep = turn;
      const moves = turn.rep;
      if (!moves) continue;
      // Still no reason after "why are you calling?": the rep does not know what the account needs (004).
      // Once the reason has been given, "what do you need?" again asks for the point, not for the account.
      const noAnswerToWhy = askedWhy && !reasonGiven && !moves.statesPurpose && moves.valueItemIds.length === 0 && moves.issueIds.length === 0;
      if (givesReason(turn as RepTurn)) reasonGiven = true;
      if (moves.asksForKnownInfo || moves.vagueAboutAccount || moves.offTopicReason || noAnswerToWhy || (previousCustomerRaised && moves.surprised)) ignorance.push(turn);
      const raisedIssueFirst = call.issues.some((e) => e.raisedBy === 'rep' && e.raisedAt === turn.index);
      if (!knowledge && (moves.refersToHistory || raisedIssueFirst)) knowledge = turn;
    }
    const [firstIgnorance] = ignorance;
    if (firstIgnorance) {
      const note = firstIgnorance === raisedForUsAt
        ? 'The customer had to bring up a problem that was already on their account; open with it yourself, with an update, before anything else.'
        : firstIgnorance === rebukedAt && !firstIgnorance.rep?.asksForKnownInfo
          ? 'The customer had to point you to what is already on their file; check the account notes before you offer or ask anything.'
          : firstIgnorance.rep?.offTopicReason
            ? 'The reason you gave is not on this account at all; read the file before you dial so the call is about their business.'
          : firstIgnorance.rep?.asksForKnownInfo || !firstIgnorance.rep?.surprised
            ? 'You asked the customer for something your own notes already hold; they should not have to explain their account to you.'
            : 'You sounded surprised by a problem that was already on record; reading the notes first avoids that.';
      return missed(knowledge ? 30 : 10, ignorance.map(evidenceOf), [{ turn: firstIgnorance.index, note }]);
    }
    if (knowledge) return met(100, [evidenceWhere(call, knowledge, (m) => m.refersToHistory || m.issueIds.length > 0)]);
    // No slip and no explicit reference: nothing went wrong, but nothing showed the homework either.
    if (call.repTurns.length === 0) return missed(0, [], []);
    // A pass by default has no line to show as what worked.
    return met(70, []);
  },
};
