import type { AnalyzedTurn } from '../analyzeCall';
import { evidenceOf, met, missed, type PrincipleRule } from '../rule';

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
    for (const turn of call.turns) {
      if (turn.customer) {
        previousCustomerRaised = customerRaised.has(turn.index);
        askedWhy = turn.customer.asksWhy;
        // "It's in your notes": the customer tells us the rep's last line asked for what we already hold.
        if (turn.customer.rebukesIgnorance && previousRep && !ignorance.includes(previousRep)) ignorance.push(previousRep);
        continue;
      }
      previousRep = turn;
      const moves = turn.rep;
      if (!moves) continue;
      // Still no reason after "why are you calling?": the rep does not know what the account needs (004).
      const noAnswerToWhy = askedWhy && !moves.statesPurpose && moves.valueItemIds.length === 0 && moves.issueIds.length === 0;
      if (moves.asksForKnownInfo || moves.vagueAboutAccount || noAnswerToWhy || (previousCustomerRaised && moves.surprised)) ignorance.push(turn);
      const raisedIssueFirst = call.issues.some((e) => e.raisedBy === 'rep' && e.raisedAt === turn.index);
      if (!knowledge && (moves.refersToHistory || raisedIssueFirst)) knowledge = turn;
    }
    const [firstIgnorance] = ignorance;
    if (firstIgnorance) {
      const note = firstIgnorance.rep?.asksForKnownInfo || !firstIgnorance.rep?.surprised
        ? 'You asked the customer for something your own notes already hold; they should not have to explain their account to you.'
        : 'You sounded surprised by a problem that was already on record; reading the notes first avoids that.';
      return missed(knowledge ? 30 : 10, ignorance.map(evidenceOf), [{ turn: firstIgnorance.index, note }]);
    }
    if (knowledge) return met(100, [evidenceOf(knowledge)]);
    // No slip and no explicit reference: nothing went wrong, but nothing showed the homework either.
    const first = call.repTurns[0];
    if (!first) return missed(0, [], []);
    return met(70, [evidenceOf(first)]);
  },
};
