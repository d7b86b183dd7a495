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

/** A run of a series started at call 1 whose last call is not played yet: the attempt under way, using none so far. */
export interface RunInProgress {
  /** The saved calls played so far, in call order. */
  callIds: string[];
  startedAt: string;
  /** Index of the next call to play, and how many calls the series has. */
  next: number;
  total: number;
  /** The next call's id ("lease-series/promised-call"), to play it. */
  nextCallId: string;
}

/** How the calls under an assignment count for one of its scenarios. */
export interface ScenarioAttempts {
  /** Every attempt made, oldest first; the allowance is the caller's to apply. */
  attempts: ScenarioAttempt[];
  /** For a series, the latest run when it started at call 1 and is not finished yet. */
  inProgress?: RunInProgress;
  /** Calls that play a later call of a finished run again: practice, counting toward nothing and changing nothing. */
  retryCallIds: string[];
}

/** A scenario by id as it plays here (built-in, custom or carried by the assignment), to tell a series from a call. */
export type ScenarioLookup = (scenarioId: string) => Scenario | undefined;

/**

/** An attempt, or a run of a series begun but not played to its last call yet (in progress, not an attempt). */
export interface ScenarioPlay extends ScenarioAttempt {
  finished: boolean;
  /** Calls played so far, and the calls there are: 1 of 1 for a single-call scenario. */
  calls: { played: number; total: number };
}

/** The runs of a series from its saved calls; a call saved without its transcript cannot be scored across the series. */
function runsOf(series: Scenario, scenarioId: string, calls: readonly AttemptCall[]) {
  const mine = calls.filter((c) => c.scenarioId.startsWith(`${scenarioId}/`) && c.transcript !== undefined);
  const startedAt = new Map(mine.map((c) => [c.id, c.startedAt]));
  const saved = mine.map((c) => ({ id: c.id, scenarioId: c.scenarioId, transcript: c.transcript!, overall: c.overall }));
  return seriesRuns(series, saved).map((run) => ({ run, startedAt: startedAt.get(run.recordIds[0]!)! }));
}

/**
 * Every play of one scenario of an assignment, from its calls oldest first: each call, or each run of a series started
 * at call 1, finished or not. Retries of a later call of a finished run are practice and are not plays.
 */
export function scenarioPlays(scenarioId: string, calls: readonly AttemptCall[], scenarioOf: ScenarioLookup): ScenarioPlay[] {
  const series = scenarioOf(scenarioId);
  if (!series?.series) {
    return calls
      .filter((c) => c.scenarioId === scenarioId)
      .map((c) => ({ callIds: [c.id], startedAt: c.startedAt, overall: c.overall, finished: true, calls: { played: 1, total: 1 } }));
  }
  const total = series.series.calls.length;
  return runsOf(series, scenarioId, calls)
    .filter(({ run }) => run.retriedFrom === null)
    .map(({ run, startedAt }) => ({
      callIds: run.recordIds,
      startedAt,
      overall: run.report.overall,
      finished: run.next === null,
      calls: { played: run.recordIds.length, total },
    }));
}

/**
 * How the calls under an assignment (oldest first) count for one of its scenarios. A single call is one attempt. A
 * series counts one attempt per run started at call 1 and played through to its last call, with the series score,
 * fixed from then on; a run not finished yet is in progress and uses no attempt; playing a later call of a finished
 * run again is a retry, practice like any retry, and only playing call 1 again starts another attempt.
 */
export function scenarioAttempts(scenarioId: string, calls: readonly AttemptCall[], scenarioOf: ScenarioLookup): ScenarioAttempts {
  const series = scenarioOf(scenarioId);
  if (!series?.series) {
    const attempts = calls.filter((c) => c.scenarioId === scenarioId).map((c) => ({ callIds: [c.id], startedAt: c.startedAt, overall: c.overall }));
    return { attempts, retryCallIds: [] };
  }
  const runs = runsOf(series, scenarioId, calls);
  const attempts = runs
    .filter(({ run }) => run.retriedFrom === null && run.next === null)
    .map(({ run, startedAt }) => ({ callIds: run.recordIds, startedAt, overall: run.report.overall }));
  const retryCallIds = runs.flatMap(({ run }) => (run.retriedFrom === null ? [] : run.recordIds.slice(run.retriedFrom)));
  const latest = runs.at(-1);
  if (!latest || latest.run.retriedFrom !== null || latest.run.next === null) return { attempts, retryCallIds };
  const inProgress: RunInProgress = {
    callIds: latest.run.recordIds,
    startedAt: latest.startedAt,
    next: latest.run.next,
    total: series.series.calls.length,
    nextCallId: latest.run.played[latest.run.next]!.id,
  };
  return { attempts, inProgress, retryCallIds };
}
