import { offersStep } from '../facts/offersStep';
import { namesTimedContact } from '../language/timedContact';
import type { Scenario } from '../scenario/scenarioSchema';
import { analyzeCall, type CallAnalysis, type RepTurn } from '../scoring/analyzeCall';
import { findBrushOffs } from '../scoring/brushOffs';
import { evidenceOf, evidenceWhere } from '../scoring/rule';
import { givesReason } from '../scoring/rules/purposeFirst';
import { hungUpOnRep } from '../scoring/failedCall';
import type { IssueEpisode } from '../scoring/trackIssues';
import type { Transcript } from '../transcript';
import type { CallMemory, CustomerWord, FollowThrough, OpenItem, RepPromise } from './callMemory';
import { owedPromises } from './owedPromises';

/** Which call of the series this was, as the next briefing names it. */
export interface CallLabel {
  callId: string;
  title: string;
  day: string;
}

/** Most promises not tied to an issue (callbacks, dated steps) kept per call. */
const MAX_OTHER_PROMISES = 2;

function issuePromises(call: CallAnalysis): RepPromise[] {
  const promises: RepPromise[] = [];
  for (const issue of call.scenario.persona.openIssues) {
    const episode = call.issues.find((e) => e.id === issue.id);
    const at = episode?.ownedAt ?? episode?.vagueAt ?? null;
    const turn = at === null ? undefined : call.byIndex.get(at);
    if (!episode || !turn) continue;
    const timed = episode.ownedAt !== null;
    // The sentence that carries the commitment, by the same reading the scorer quotes it with: a dated commitment or callback first.
    const commitment = evidenceWhere(call, turn, (m, sentence) =>
      timed ? m.specificTime && (m.commitsAction || namesTimedContact(sentence)) : m.vaguePromise || m.commitsAction,
    );
    const quote = commitment.quote !== evidenceOf(turn).quote || !timed ? commitment.quote : evidenceWhere(call, turn, (m) => m.specificTime).quote;
    promises.push({ issueId: issue.id, about: issue.summary, quote, turn: turn.index, timed });
  }
  return promises;
}

/** Dated callbacks and commitments not tied to an issue: "I'll ring you Thursday at 10 when the car is on the lot". */
function otherPromises(call: CallAnalysis, taken: ReadonlySet<number>): RepPromise[] {
  const commits = (turn: RepTurn) => namesTimedContact(turn.text) || (turn.rep.commitsAction && turn.rep.specificTime);
  return call.repTurns
    .filter((turn) => !taken.has(turn.index) && commits(turn))
    .slice(-MAX_OTHER_PROMISES)
    .map((turn) => ({
      issueId: null,
      about: call.scenario.facts.nextStep.meaning,
      quote: evidenceWhere(call, turn, (m, sentence) => namesTimedContact(sentence) || (m.commitsAction && m.specificTime)).quote,
      turn: turn.index,
      timed: true,
    }));
}

/** The customer's last word of each kind: a yes to a step the rep put forward, a "not now", a firm no. */
function customerWords(call: CallAnalysis): CustomerWord[] {
  const words = new Map<CustomerWord['kind'], CustomerWord>();
  // Put-offs as the scorer reads them: "not right now" to a referral ask declines the referral, it does not put the rep off.
  const putOffs = new Set(findBrushOffs(call).turns.map((turn) => turn.index));
  for (const turn of call.customerTurns) {
    const c = turn.customer;
    const asked = call.byIndex.get(turn.index - 1);
    const offered = asked?.rep !== undefined && offersStep(asked.rep, asked.text);
    const putOff = putOffs.has(turn.index);
    const kind = putOff && c.firmNo ? 'firm-no' : putOff && c.notNow ? 'not-now' : offered && (c.agreesStrongly || c.agrees) ? 'agreed' : undefined;
    if (kind) words.set(kind, { kind, ...evidenceOf(turn) });
  }
  return [...words.values()].sort((a, b) => a.turn - b.turn);
}

function stillOpen(call: CallAnalysis, promised: ReadonlySet<string>, valueBrought: readonly string[]): OpenItem[] {
  const open: OpenItem[] = [];
  for (const issue of call.scenario.persona.openIssues) {
    const episode = call.issues.find((e) => e.id === issue.id);
    const cameUp = episode && (episode.raisedAt !== null || episode.onRecord);
    if (cameUp && episode.ownedAt === null && !promised.has(issue.id)) open.push({ kind: 'issue', id: issue.id, summary: issue.summary });
  }
  for (const item of call.scenario.facts.valueItems) {
    if (call.scenario.facts.goalRequires.includes(item.id) && !valueBrought.includes(item.id)) open.push({ kind: 'news', id: item.id, summary: item.summary });
  }
  return open;
}

/** Kept when delivered unprompted, reminded when the customer had to bring it up first, broken when still vague, forgotten when never answered. */
function statusOf(episode: IssueEpisode | undefined): Pick<FollowThrough, 'status' | 'turn'> {
  if (!episode) return { status: 'forgotten', turn: null };
  if (episode.ownedAt !== null) return { status: episode.raisedBy === 'rep' ? 'kept' : 'reminded', turn: episode.ownedAt };
  const vague = episode.vagueAt ?? episode.acknowledgedAt;
  if (vague !== null) return { status: 'broken', turn: vague };
  return { status: 'forgotten', turn: null };
}

/**
 * What became of the promises owed after the last call: an issue's by its story in this call; a callback's by whether the rep
 * came back with a reason in their first words.
 */
function followThrough(call: CallAnalysis, previous: CallMemory | undefined): FollowThrough[] {
  if (!previous) return [];
  const first = call.repTurns[0];
  return owedPromises(previous).map((promise) => {
    if (promise.issueId !== null) return { promise, ...statusOf(call.issues.find((e) => e.id === promise.issueId)) };
    const cameBack = first !== undefined && (givesReason(first) || first.rep.refersToHistory);
    return { promise, status: cameBack ? 'kept' : 'forgotten', turn: cameBack ? first.index : null };
  });
}

/**
 * What a finished call leaves for the next one, read from the same call facts the scorer reads: the rep's promises in
 * their own words (owned issues with their time, vague promises, dated callbacks), what the customer agreed or put
 * off, what is still open, and what became of the last call's promises.
 */
export function rememberCall(scenario: Scenario, transcript: Transcript, label: CallLabel, previous?: CallMemory): CallMemory {
  const call = analyzeCall(scenario, transcript);
  const onIssues = issuePromises(call);
  const promises = [...onIssues, ...otherPromises(call, new Set(onIssues.map((p) => p.turn)))].sort((a, b) => a.turn - b.turn);
  const valueBrought = [...new Set(call.repTurns.flatMap((turn) => turn.rep.valueNews))];
  return {
    ...label,
    channel: call.voicemail ? 'voicemail' : 'call',
    customer: scenario.persona.name,
    spoke: call.repTurns.some((turn) => turn.text.trim() !== ''),
    promises,
    customerSaid: call.voicemail ? [] : customerWords(call),
    stillOpen: stillOpen(call, new Set(onIssues.map((p) => p.issueId ?? '')), valueBrought),
    valueBrought,
    followThrough: followThrough(call, previous),
    hungUp: hungUpOnRep(call),
  };
}
