import type { Scenario } from '../scenario/scenarioSchema';
import { seriesRuns } from '../series/seriesRuns';
import type { Transcript } from '../transcript';

/** What counting attempts needs of a saved call; a series call needs its transcript to be scored across the series. */
export interface AttemptCall {
  id: string;
  scenarioId: string;
  startedAt: string;
  overall: number;
  transcript?: Transcript;
}

/** One attempt at an assignment's scenario: one call, or one run of a series through to its last call. */
export interface ScenarioAttempt {
  /** The saved calls it is made of, in call order. */
  callIds: string[];
  startedAt: string;
  /** The call's score, or the series score for a series. */
  overall: number;
}

/** A scenario by id as it plays here (built-in, custom or carried by the assignment), to tell a series from a call. */
export type ScenarioLookup = (scenarioId: string) => Scenario | undefined;

/** An attempt, or a run of a series begun but not played to its last call yet (in progress, not an attempt). */
export interface ScenarioPlay extends ScenarioAttempt {
  finished: boolean;
  /** Calls played so far, and the calls there are: 1 of 1 for a single-call scenario. */
  calls: { played: number; total: number };
}

/**
 * Every play of one scenario of an assignment, from its calls oldest first. A series is played in runs: a run played
 * through to its last call is one attempt, scored with the series score; a run not finished yet is in progress.
 */
export function scenarioPlays(scenarioId: string, calls: readonly AttemptCall[], scenarioOf: ScenarioLookup): ScenarioPlay[] {
  const series = scenarioOf(scenarioId);
  if (!series?.series) {
    return calls
      .filter((c) => c.scenarioId === scenarioId)
      .map((c) => ({ callIds: [c.id], startedAt: c.startedAt, overall: c.overall, finished: true, calls: { played: 1, total: 1 } }));
  }
  // A series call saved without its transcript cannot be scored across the series; none are saved that way today.
  const mine = calls.filter((c) => c.scenarioId.startsWith(`${scenarioId}/`) && c.transcript !== undefined);
  const startedAt = new Map(mine.map((c) => [c.id, c.startedAt]));
  const saved = mine.map((c) => ({ id: c.id, scenarioId: c.scenarioId, transcript: c.transcript!, overall: c.overall }));
  const total = series.series.calls.length;
  return seriesRuns(series, saved).map((run) => ({
    callIds: run.recordIds,
    startedAt: startedAt.get(run.recordIds[0]!)!,
    overall: run.report.overall,
    finished: run.next === null,
    calls: { played: run.recordIds.length, total },
  }));
}

/**
 * The attempts at one scenario of an assignment, from its calls oldest first. A series counts one attempt per run
 * played through to its last call, scored with the series score; a run not finished yet is in progress, not an attempt.
 */
export function scenarioAttempts(scenarioId: string, calls: readonly AttemptCall[], scenarioOf: ScenarioLookup): ScenarioAttempt[] {
  return scenarioPlays(scenarioId, calls, scenarioOf)
    .filter((play) => play.finished)
    .map(({ callIds, startedAt, overall }) => ({ callIds, startedAt, overall }));
}
