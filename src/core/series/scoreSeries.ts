import { namesTimedContact } from '../language/timedContact';
import type { PrincipleId } from '../principles/principles';
import { citeSource, type SourceId } from '../principles/sources';
import type { Scenario } from '../scenario/scenarioSchema';
import { analyzeCall, type CallAnalysis, type RepTurn } from '../scoring/analyzeCall';
import { evidenceOf } from '../scoring/rule';
import { givesReason } from '../scoring/rules/purposeFirst';
import type { Verdict } from '../scoring/report';
import type { Transcript } from '../transcript';
import type { CallMemory, FollowThrough, PromiseStatus } from './callMemory';
import { owedPromises } from './owedPromises';

/** The principles a series is judged on across its calls. */
export type SeriesPrincipleId = Extract<PrincipleId, 'own-the-issue' | 'know-the-history' | 'persist'>;

/** A quote from one call of the series; `call` is the 0-based call index, `turn` the index into that call's turns. */
export interface SeriesEvidence {
  call: number;
  turn: number;
  quote: string;
}

export interface SeriesPrincipleResult {
  id: SeriesPrincipleId;
  verdict: Verdict;
  score: number;
  evidence: SeriesEvidence[];
}

/** A mistake across calls, pinned to the call (and the turn, when there is one) where it showed. */
export interface SeriesMistake {
  call: number;
  turn: number | null;
  principle: SeriesPrincipleId;
  commentary: string;
  betterLine?: string;
}

/** One played call of a series, with its own score and what it left behind. */
export interface SeriesCallPlayed {
  /** The call as it was played (see playedSeriesCall). */
  played: Scenario;
  transcript: Transcript;
  /** The call's own overall score. */
  overall: number;
  memory: CallMemory;
}

/** The score of a series: each call's own score, the principles judged across calls, and the two combined. */
export interface SeriesReport {
  seriesId: string;
  calls: { callId: string; title: string; overall: number }[];
  principles: SeriesPrincipleResult[];
  mistakes: SeriesMistake[];
  /** 60% the mean of the calls' scores, 40% the mean of the principles judged across them (all calls' mean when none applied). */
  overall: number;
  /** Every call of the series has been played. */
  complete: boolean;
}

/** What a promise's fate is worth under own-the-issue: delivered unprompted, once reminded, still vague, never mentioned. */
export const FOLLOW_THROUGH_SCORES: Readonly<Record<PromiseStatus, number>> = { kept: 100, reminded: 60, broken: 20, forgotten: 0 };
const CALLS_SHARE = 0.6;
const MET_FROM = 60;

const SOURCE: Record<SeriesPrincipleId, SourceId> = { 'own-the-issue': '000', 'know-the-history': '004', persist: '003' };

const FOLLOW_THROUGH_NOTES: Record<Exclude<PromiseStatus, 'kept'>, (quote: string, who: string) => string> = {
  reminded: (quote, who) => `You had promised ${who} “${quote}”; this call ${who} had to bring it up before you did.`,
  broken: (quote, who) => `You had promised ${who} “${quote}”; this call you came back with no firm answer, which is a promise broken.`,
  forgotten: (quote, who) => `You had promised ${who} “${quote}”; this call you never came back to it.`,
};

const firstName = (name: string) => name.split(/\s+/)[0] ?? name;

function judged(id: SeriesPrincipleId, scores: readonly number[], evidence: SeriesEvidence[]): SeriesPrincipleResult {
  if (scores.length === 0) return { id, verdict: 'n/a', score: 0, evidence: [] };
  const score = Math.round(scores.reduce((sum, s) => sum + s, 0) / scores.length);
  return { id, verdict: score >= MET_FROM ? 'met' : 'missed', score, evidence };
}

function mistake(call: number, turn: number | null, principle: SeriesPrincipleId, note: string, played: Scenario): SeriesMistake {
  const betterLine = played.betterLines[principle];
  return { call, turn, principle, commentary: `${note} (${citeSource({ article: SOURCE[principle] })})`, ...(betterLine ? { betterLine } : {}) };
}

function quoteAt(call: CallAnalysis, turn: number | null): SeriesEvidence['quote'] | undefined {
  const found = turn === null ? undefined : call.byIndex.get(turn);
  return found ? evidenceOf(found).quote : undefined;
}

/** Own the issue across calls: every promise of a call judged by what became of it in the next. */
function followThroughAcross(calls: readonly SeriesCallPlayed[], analyses: readonly CallAnalysis[], mistakes: SeriesMistake[]): SeriesPrincipleResult {
  const scores: number[] = [];
  const evidence: SeriesEvidence[] = [];
  calls.forEach(({ memory, played }, index) => {
    const who = firstName(played.persona.name);
    memory.followThrough.forEach((f: FollowThrough) => {
      scores.push(FOLLOW_THROUGH_SCORES[f.status]);
      const quote = quoteAt(analyses[index]!, f.turn);
      if (quote !== undefined && f.turn !== null) evidence.push({ call: index, turn: f.turn, quote });
      if (f.status !== 'kept') mistakes.push(mistake(index, f.turn, 'own-the-issue', FOLLOW_THROUGH_NOTES[f.status](f.promise.quote, who), played));
    });
  });
  return judged('own-the-issue', scores, evidence);
}

/** The rep's first words of a call that pick up the last one: they refer to the history or name what was promised. */
function picksUp(turn: RepTurn, promised: ReadonlySet<string>): boolean {
  return !turn.rep.asksForKnownInfo && (turn.rep.refersToHistory || turn.rep.issueIds.some((id) => promised.has(id)));
}

/** Know the history across calls: each call after the first picks up where the last one left off, in the first or second line. */
function historyAcross(calls: readonly SeriesCallPlayed[], analyses: readonly CallAnalysis[], mistakes: SeriesMistake[]): SeriesPrincipleResult {
  const scores: number[] = [];
  const evidence: SeriesEvidence[] = [];
  calls.forEach(({ played }, index) => {
    const before = calls[index - 1]?.memory;
    if (index === 0 || !before?.spoke) return;
    const call = analyses[index]!;
    const promised = new Set(
      owedPromises(before)
        .map((p) => p.issueId)
        .filter((id): id is string => id !== null),
    );
    const at = call.repTurns.slice(0, 2).findIndex((turn) => picksUp(turn, promised));
    scores.push(at === 0 ? 100 : at === 1 ? 70 : 0);
    if (at >= 0) {
      evidence.push({ call: index, ...evidenceOf(call.repTurns[at]!) });
      return;
    }
    const first = call.repTurns[0];
    const note = `You opened as if the last call (${before.day}) had not happened; say what you promised or agreed then in your first words.`;
    mistakes.push(mistake(index, first?.index ?? null, 'know-the-history', note, played));
  });
  return judged('know-the-history', scores, evidence);
}

/**
 * Persist across calls: each call after the first comes with a reason, a voicemail with a reason and a time to talk; no
 * retreat into "they know where to find me" in any call; no pressing after a firm no in the call before.
 */
function persistenceAcross(calls: readonly SeriesCallPlayed[], analyses: readonly CallAnalysis[], mistakes: SeriesMistake[]): SeriesPrincipleResult {
  const scores: number[] = [];
  const evidence: SeriesEvidence[] = [];
  calls.forEach(({ played }, index) => {
    const call = analyses[index]!;
    const checks: boolean[] = [];
    const fail = (turn: number | null, note: string) => mistakes.push(mistake(index, turn, 'persist', note, played));
    const first = call.repTurns[0];
    if (index > 0 && first) {
      const reason = givesReason(first);
      checks.push(reason);
      if (reason) evidence.push({ call: index, ...evidenceOf(first) });
      else fail(first.index, 'A call back with no reason in its first words is the pointless call the customer dreads; bring something new each time.');
      if (call.voicemail) {
        const timed = call.repTurns.some((turn) => namesTimedContact(turn.text));
        checks.push(timed);
        if (!timed) fail(first.index, 'The message left no time for the next contact; say when you will try again.');
      }
    }
    const retreat = call.repTurns.find((turn) => turn.rep.leavesItOpen);
    checks.push(!retreat);
    if (retreat) fail(retreat.index, '“When they’re ready, they know where to find me” hands the follow-up to the customer; they rarely make it.');
    if (calls[index - 1]?.memory.customerSaid.some((w) => w.kind === 'firm-no')) {
      const pushed = call.repTurns.find((turn) => turn.rep.presses || turn.rep.pressure || turn.rep.upsell);
      checks.push(!pushed);
      if (pushed) fail(pushed.index, 'Last call ended in a firm no; pressing again is pushing, not persistence.');
    }
    if (checks.length > 0 && (index > 0 || retreat)) scores.push((100 * checks.filter(Boolean).length) / checks.length);
  });
  return judged('persist', scores, evidence);
}

/**
 * Scores a series across its calls from each call's facts (the same analysis the call's own score reads), beside each
 * call's own score: following through on last call's promises (own-the-issue), picking up where the last call left off
 * (know-the-history) and persisting with a reason each time (persist). The single-call rules are not changed.
 */
export function scoreSeries(seriesId: string, calls: readonly SeriesCallPlayed[], totalCalls: number): SeriesReport {
  const analyses = calls.map(({ played, transcript }) => analyzeCall(played, transcript));
  const mistakes: SeriesMistake[] = [];
  const principles = [followThroughAcross(calls, analyses, mistakes), historyAcross(calls, analyses, mistakes), persistenceAcross(calls, analyses, mistakes)];
  const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length);
  const callsMean = mean(calls.map((call) => call.overall));
  const applied = principles.filter((p) => p.verdict !== 'n/a');
  const overall = Math.round(applied.length === 0 ? callsMean : CALLS_SHARE * callsMean + (1 - CALLS_SHARE) * mean(applied.map((p) => p.score)));
  return {
    seriesId,
    calls: calls.map(({ memory, overall: score }) => ({ callId: memory.callId, title: memory.title, overall: score })),
    principles,
    mistakes: mistakes.sort((a, b) => a.call - b.call || (a.turn ?? -1) - (b.turn ?? -1)),
    overall,
    complete: calls.length >= totalCalls,
  };
}
