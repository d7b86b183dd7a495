import type { CallRecord } from '../../core/history';
import { isPrincipleId, type PrincipleId } from '../../core/principles';
import type { EndReason } from '../../core';

/** Bumped when the summary shape changes; older summaries are then rebuilt from the calls. */
export const SUMMARY_VERSION = 2;

/**
 * What the History screen and Home need of a call, small enough that thousands load at once.
 * A derived index kept beside the calls: it can always be rebuilt from them, so losing it loses nothing.
 */
export interface CallSummary {
  v: typeof SUMMARY_VERSION;
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  endedAt: string;
  overall: number;
  /** Score of each principle that applied (n/a ones are absent). */
  scores: Partial<Record<PrincipleId, number>>;
  mode: CallRecord['mode'];
  personaKind: CallRecord['personaKind'];
  endReason?: EndReason;
  /** The trainee's goal, cut to what a list row shows. */
  goal?: string;
  mistakes: number;
  /** For a retry, the id of the call it was replayed from (so "practise next" counts the call once). */
  retryOf?: string;
}

/** A list row shows a line or two of the goal; the full text stays in the call. */
const GOAL_CHARS = 240;

/** The summary of a saved call. */
export function summarizeCall(record: CallRecord): CallSummary {
  const scores: Partial<Record<PrincipleId, number>> = {};
  for (const result of record.report.principles) {
    if (result.verdict !== 'n/a' && isPrincipleId(result.id)) scores[result.id] = result.score;
  }
  const summary: CallSummary = {
    v: SUMMARY_VERSION,
    id: record.id,
    scenarioId: record.scenarioId,
    scenarioTitle: record.scenarioTitle,
    endedAt: record.endedAt,
    overall: record.report.overall,
    scores,
    mode: record.mode,
    personaKind: record.personaKind,
    mistakes: record.report.mistakes.length,
  };
  if (record.transcript.endReason) summary.endReason = record.transcript.endReason;
  const goal = record.transcript.goal;
  if (goal) summary.goal = goal.length > GOAL_CHARS ? `${goal.slice(0, GOAL_CHARS - 1)}…` : goal;
  if (record.retryOf) summary.retryOf = record.retryOf.recordId;
  return summary;
}

/** A cheap check that a stored summary is current and usable; anything else is rebuilt from its call. */
export function isCallSummary(raw: unknown): raw is CallSummary {
  if (raw === null || typeof raw !== 'object') return false;
  const s = raw as Record<string, unknown>;
  return (
    s.v === SUMMARY_VERSION &&
    typeof s.id === 'string' &&
    typeof s.scenarioId === 'string' &&
    typeof s.scenarioTitle === 'string' &&
    typeof s.endedAt === 'string' &&
    typeof s.overall === 'number' &&
    Number.isFinite(s.overall) &&
    typeof s.scores === 'object' &&
    s.scores !== null &&
    typeof s.mistakes === 'number' &&
    (s.retryOf === undefined || typeof s.retryOf === 'string') &&
    (s.mode === 'guided' || s.mode === 'free') &&
    (s.personaKind === 'scripted' || s.personaKind === 'llm')
  );
}

/** True when two summaries say the same (a stored one against one rebuilt from its call). */
export function sameSummary(a: CallSummary, b: CallSummary): boolean {
  if (
    a.id !== b.id ||
    a.endedAt !== b.endedAt ||
    a.overall !== b.overall ||
    a.scenarioId !== b.scenarioId ||
    a.scenarioTitle !== b.scenarioTitle ||
    a.mode !== b.mode ||
    a.personaKind !== b.personaKind ||
    a.endReason !== b.endReason ||
    a.goal !== b.goal ||
    a.mistakes !== b.mistakes ||
    a.retryOf !== b.retryOf
  ) {
    return false;
  }
  const ids = Object.keys(a.scores) as PrincipleId[];
  return ids.length === Object.keys(b.scores).length && ids.every((id) => a.scores[id] === b.scores[id]);
}

/** Orders by end time; ISO strings compare correctly as plain strings. */
export function byEndedAt(a: { endedAt: string }, b: { endedAt: string }): number {
  return a.endedAt < b.endedAt ? -1 : a.endedAt > b.endedAt ? 1 : 0;
}
