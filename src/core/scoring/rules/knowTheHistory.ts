import type { AnalyzedTurn, CallAnalysis, RepTurn } from '../analyzeCall';
import type { IssueEpisode } from '../trackIssues';
import { evidenceOf, evidenceWhere, met, missed, type PrincipleRule } from '../rule';
import { givesReason, onlyAsksTime } from './purposeFirst';
import { channelOnRecord, contradictsRecord } from '../../facts/channelOnRecord';
import { contradictsDeadline } from '../../facts/deadlineOnRecord';
import { addCustomerCounts, inflatesQuantity, misstatesSaving } from '../../facts/quantityOnRecord';
import { calledAgainstTimeOnRecord, contactTimeOnRecord } from '../../facts/timeOnRecord';

/**
 * Customer turns that had to bring up a problem on record because the rep had offered nothing from the account first
 * (small talk, a referral ask): the rep either did not know about it or hoped it would not come up (000, the plates).
 */
function recordRaisedForUs(call: CallAnalysis): Set<number> {
  const turns = new Set<number>();
  for (const episode of call.issues) {
    if (!episode.onRecord || episode.raisedBy !== 'customer' || episode.raisedAt === null) continue;
    const at = episode.raisedAt;
    const before = call.repTurns.filter((turn) => turn.index < at);
    if (before.some(givesReason)) continue;
    // Cut in after a courteous "is now OK?" and answered at once with the fix: the rep had no chance to raise it first.
    const askedTimeOnly = before.length === 1 && onlyAsksTime(before[0]!.rep);
    if (askedTimeOnly && episode.ownedAt !== null && episode.ownedAt === call.repTurns.find((turn) => turn.index > at)?.index) continue;
    turns.add(at);
  }
  return turns;
}

/**
 * The rep turn where the call shows it ignored the account: the manager's goal names open items (an issue, a value item) and
 * the rep never brought up any of them, or named a problem only to walk away from it. Undefined when the scenario has none,
 * or when the rep took one up.
 */
function ignoresOpenItems(call: CallAnalysis): { at: AnalyzedTurn; named: boolean } | undefined {
  const required = call.scenario.facts?.goalRequires ?? [];
  if (required.length === 0) return undefined;
  // Walked away from: never owned, and moved on from or chased by the customer (LABELLING: the plates named, the promise ignored).
  const chased = (e: IssueEpisode) =>
    e.raisedAt !== null && call.customerTurns.some((turn) => turn.index > e.raisedAt! + 1 && turn.customer.issueIds.includes(e.id));
  const walkedAway = new Set(call.issues.filter((e) => e.ownedAt === null && (e.movedOnAt !== null || chased(e))).map((e) => e.id));
  const names = (turn: RepTurn, keep: (id: string) => boolean) =>
    turn.rep.valueItemIds.some((id) => required.includes(id)) || turn.rep.issueIds.some((id) => required.includes(id) && keep(id));
  const touched = call.repTurns.some((turn) => names(turn, (id) => !walkedAway.has(id)));
  // Owning any problem on the record is working from the account, even when it is not the one the goal names.
  const raisedFirst = call.issues.some((e) => (required.includes(e.id) || e.onRecord) && e.ownedAt !== null);
  const last = call.repTurns[call.repTurns.length - 1];
  if (touched || raisedFirst || !last) return undefined;
  return { at: last, named: call.repTurns.some((turn) => names(turn, () => true)) };
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
    const onRecord = channelOnRecord(call.scenario);
    let contradictedAt: AnalyzedTurn | undefined;
    let misdatedAt: AnalyzedTurn | undefined;
    let calledAgainst: AnalyzedTurn | undefined;
    // Figures the customer gave in the call ("we'll need about thirty cases") count as known, read once per turn.
    const customerCounts = new Map<string, number[]>();
    for (const turn of call.turns) {
      if (turn.customer) {
        addCustomerCounts(call.scenario, customerCounts, turn.text);
        previousCustomerRaised = customerRaised.has(turn.index);
        if (raisedForUs.has(turn.index) && previousRep && !ignorance.includes(previousRep)) {
          ignorance.push(previousRep);
          raisedForUsAt ??= previousRep;
        }
        askedWhy = turn.customer.asksWhy;
        // "Morning rush, I've a queue" to a rep whose notes say never call in the rush: the call itself ignored the file.
        const early = call.customerTurns.findIndex((c) => c.index === turn.index) <= 2;
        if (early && previousRep && !calledAgainst && calledAgainstTimeOnRecord(call.scenario, turn.customer, turn.text)) {
          calledAgainst = call.repTurns[0];
          if (calledAgainst && !ignorance.includes(calledAgainst)) ignorance.push(calledAgainst);
        }
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
      if (moves.asksForKnownInfo || moves.vagueAboutAccount || moves.offTopicReason || noAnswerToWhy || (previousCustomerRaised && moves.surprised))
        ignorance.push(turn);
      // Offering the channel the notes rule out contradicts the record; the customer objects to it by the same reading.
      else if (contradictsRecord(call.scenario, moves.channels)) {
        ignorance.push(turn);
        contradictedAt ??= turn;
      } else if (
        contradictsDeadline(call.scenario, turn.text) ||
        inflatesQuantity(call.scenario, turn.text, customerCounts) ||
        misstatesSaving(call.scenario, turn.text)
      ) {
        ignorance.push(turn);
        misdatedAt ??= turn;
      }
      const raisedIssueFirst = call.issues.some((e) => e.raisedBy === 'rep' && e.raisedAt === turn.index);
      if (!knowledge && (moves.refersToHistory || raisedIssueFirst)) knowledge = turn;
    }
    // Naming the account is not knowing it when everything open on it is ignored (LABELLING: the demo named, the promise ignored).
    const ignored = ignoresOpenItems(call);
    const ignoredAt = ignored?.at;
    if (ignoredAt && !ignorance.includes(ignoredAt)) ignorance.push(ignoredAt);
    const [firstIgnorance] = ignorance;
    if (firstIgnorance) {
      const note =
        firstIgnorance === raisedForUsAt
          ? 'The customer had to bring up a problem that was already on their account; open with it yourself, with an update, before anything else.'
          : firstIgnorance === rebukedAt && !firstIgnorance.rep?.asksForKnownInfo
            ? 'The customer had to point you to what is already on their file; check the account notes before you offer or ask anything.'
            : firstIgnorance === calledAgainst
              ? `The notes say when to call this customer (“${contactTimeOnRecord(call.scenario)?.note}”), and the call came when they asked not to be called.`
              : firstIgnorance === contradictedAt
                ? `The notes say this customer wants it by ${onRecord}; offering another channel contradicts what is on their file.`
                : firstIgnorance === misdatedAt
                  ? 'What you said does not match the file (a nearer deadline than the offer has, a saving it does not give, or an order well above what they use); take the figures from the notes.'
                  : firstIgnorance === ignoredAt && ignored?.named
                    ? 'You named what is open on this account, then walked away from it: knowing the account means dealing with what was promised, not naming it.'
                    : firstIgnorance === ignoredAt
                      ? 'Nothing open on this account came up: what was promised and what is waiting for the customer were left out. Lead with what the notes say is open.'
                      : firstIgnorance.rep?.offTopicReason
                        ? 'The reason you gave is not on this account at all; read the file before you dial so the call is about their business.'
                        : firstIgnorance.rep?.asksForKnownInfo || !firstIgnorance.rep?.surprised
                          ? 'You asked the customer for something your own notes already hold; they should not have to explain their account to you.'
                          : 'You sounded surprised by a problem that was already on record; reading the notes first avoids that.';
      return missed(knowledge ? 30 : 10, ignorance.map(evidenceOf), [{ turn: firstIgnorance.index, note }]);
    }
    if (knowledge) return met(100, [evidenceWhere(call, knowledge, (m) => m.refersToHistory || m.issueIds.length > 0)]);
    // Open items brought up in the rep's own words show the homework even without naming a date or a person.
    const used = call.repTurns.find((turn) => turn.rep.valueItemIds.length > 0 || turn.rep.issueIds.length > 0);
    if (used) return met(85, [evidenceWhere(call, used, (m) => m.valueItemIds.length > 0 || m.issueIds.length > 0)]);
    const last = call.repTurns[call.repTurns.length - 1];
    if (!last) return missed(0, [], []);
    return missed(
      20,
      [evidenceOf(call.repTurns[0]!)],
      [{ turn: call.repTurns[0]!.index, note: 'Nothing in the call showed you knew this account: no promise, open item or preference from the notes.' }],
    );
  },
};
