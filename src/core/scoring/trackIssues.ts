import type { AnalyzedTurn } from './analyzeCall';
import { normalizeText } from '../language/normalizeText';
import { mentionsItem } from '../language/scenarioMatchers';
import { answersOpenIssue, ownsIssue, sellsInSameBreath } from '../facts/ownsIssue';
import { faultFactIds } from '../facts/faultFacts';
import { speaksToFault } from '../facts/speaksToFault';
import { worksTowardsFix } from '../facts/stepResolvesIssue';
import type { MatchableItem, OpenIssue, Scenario } from '../scenario/scenarioSchema';

/** Id used for a complaint that matches none of the scenario's open issues. */
export const UNNAMED_ISSUE = '(unnamed)';
/** Id used for a new fault the customer volunteers ("a service light came on last week"): the rep must own it too. */
export const NEW_FAULT_ISSUE = '(new fault)';

/** The story of one issue in a call, in turn indices (null when it did not happen). */
export interface IssueEpisode {
  id: string;
  /** The turn where the issue first came up, or null if nobody raised it. */
  raisedAt: number | null;
  raisedBy: 'customer' | 'rep' | null;
  /** The rep acknowledged or apologised while it was open. */
  acknowledgedAt: number | null;
  /** The rep committed to a specific action with a time (or brought a dated update). */
  ownedAt: number | null;
  /** The rep turned to their own agenda (referral, sale, other topics) while it was still open. */
  movedOnAt: number | null;
  /** The rep promised something vague while it was open. */
  vagueAt: number | null;
  /** The rep blamed someone else for it or waved it away, before or after owning it. */
  blamedAt: number | null;
  /** The issue is on record strongly enough that the rep should have raised it even if the customer did not. */
  onRecord: boolean;
}

function newEpisode(id: string, onRecord: boolean): IssueEpisode {
  return { id, raisedAt: null, raisedBy: null, acknowledgedAt: null, ownedAt: null, movedOnAt: null, vagueAt: null, blamedAt: null, onRecord };
}

/** True when a briefing open item names a topic (an open issue or a value item) by the terms it is matched by. */
export function openItemNames(item: string, scenario: Scenario, topic: MatchableItem): boolean {
  return mentionsItem(normalizeText(item), scenario, topic);
}

/** An issue is on record when the call needs it resolved, the customer opens with it, or the rep's briefing lists it as open. */
function isOnRecord(scenario: Scenario, issue: OpenIssue): boolean {
  if (scenario.facts?.goalRequires?.includes(issue.id) || issue.raiseWhen === 'opening') return true;
  return (scenario.briefing?.openItems ?? []).some((item) => openItemNames(item, scenario, issue));
}

/** True while an issue has come up (or is on record) and has not been owned yet. */
export function isOpen(episode: IssueEpisode, beforeTurn: number): boolean {
  const owned = episode.ownedAt !== null && episode.ownedAt < beforeTurn;
  const raised = episode.raisedAt !== null && episode.raisedAt < beforeTurn;
  return !owned && (raised || episode.onRecord);
}

/** Follows every issue through the call in one pass: raised, acknowledged, owned, or left while the rep moved on. */
export function trackIssues(scenario: Scenario, turns: readonly AnalyzedTurn[]): IssueEpisode[] {
  const episodes = new Map<string, IssueEpisode>();
  for (const issue of scenario.persona?.openIssues ?? []) episodes.set(issue.id, newEpisode(issue.id, isOnRecord(scenario, issue)));
  const raise = (id: string, turn: number, by: 'customer' | 'rep') => {
    let episode = episodes.get(id);
    if (!episode) episodes.set(id, (episode = newEpisode(id, false)));
    if (episode.raisedAt === null) {
      episode.raisedAt = turn;
      episode.raisedBy = by;
    }
  };
  const faults = faultFactIds(scenario);
  // A fault told is spoken to by name (the scenario's fact) or in the customer's own words ("the light").
  const speaksToReport = (episode: IssueEpisode, turn: AnalyzedTurn) =>
    turn.rep!.factIds.some((id) => faults.has(id)) ||
    (episode.raisedAt !== null && speaksToFault(turns.find((t) => t.index === episode.raisedAt)?.text ?? '', turn.text));
  for (const turn of turns) {
    if (turn.customer) {
      const ids = turn.customer.issueIds;
      // A fault told in passing is still the customer's problem, whatever else is under discussion.
      if (turn.customer.reportsFault) raise(NEW_FAULT_ISSUE, turn.index, 'customer');
      if (ids.length > 0) ids.forEach((id) => raise(id, turn.index, 'customer'));
      // Waiting given as the reason to defer ("I'll let you know, I'm still waiting on quotes") is not a grievance.
      else if (turn.customer.complains && !turn.customer.notNow) {
        // A complaint in other words: about an issue already under discussion if there is one, else the one unraised
        // known issue, else a new unnamed issue.
        const all = [...episodes.values()];
        const discussed = all.some((e) => e.raisedAt !== null);
        const pending = all.filter((e) => e.raisedAt === null && e.id !== UNNAMED_ISSUE);
        if (!discussed) raise(pending.length === 1 ? pending[0]!.id : UNNAMED_ISSUE, turn.index, 'customer');
      }
      continue;
    }
    const moves = turn.rep;
    if (!moves) continue;
    moves.issueIds.forEach((id) => raise(id, turn.index, 'rep'));
    // One rule with the scripted customer: a plan with a time, or a firm dated answer, and nothing sold in the same breath.
    const owns = ownsIssue(moves, turn.text);
    const selling = sellsInSameBreath(moves);
    const agenda = selling || moves.valueItemIds.length > 0 || (moves.proposesNextStep && !moves.commitsAction);
    for (const episode of episodes.values()) {
      // Selling before bringing up a problem the rep knows is open is moving on from it just the same.
      if (episode.raisedAt === null && episode.onRecord && selling && !moves.issueIds.includes(episode.id)) episode.movedOnAt ??= turn.index;
      if (episode.raisedAt === null || episode.raisedAt > turn.index) continue;
      if (moves.dismisses && moves.issueIds.includes(episode.id)) episode.blamedAt ??= turn.index;
      if (episode.ownedAt !== null) continue;
      const mentioned = moves.issueIds.includes(episode.id) || (episode.id === NEW_FAULT_ISSUE && speaksToReport(episode, turn));
      if (moves.acknowledges && episode.acknowledgedAt === null) episode.acknowledgedAt = turn.index;
      // Booking the demo that was never booked is working on that problem, whether or not the turn says "demo" or "it".
      const viaStep = worksTowardsFix(scenario, episode.id, moves);
      if (owns && (mentioned || viaStep || answersOpenIssue(moves, turn.text, episode.id))) {
        episode.ownedAt = turn.index;
      } else if ((selling || (agenda && !mentioned && !viaStep)) && episode.movedOnAt === null) {
        // "I own that, fixed today, and while I have you, the premium plan": an upsell in the same breath is moving on.
        episode.movedOnAt = turn.index;
      } else if (moves.vaguePromise && episode.vagueAt === null) {
        episode.vagueAt = turn.index;
      }
    }
  }
  return [...episodes.values()];
}
