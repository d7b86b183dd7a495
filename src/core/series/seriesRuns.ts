import { seriesCallId } from '../scenario/seriesCallScenario';
import type { Scenario } from '../scenario/scenarioSchema';
import type { Transcript } from '../transcript';
import type { CallMemory } from './callMemory';
import { playedSeriesCall } from './playedSeriesCall';
import { rememberSeriesCall } from './rememberSeriesCall';
import { scoreSeries, type SeriesReport } from './scoreSeries';

/** What a run of a series needs of a saved call: its id, the call id it was played under, the transcript and its score. */
export interface SavedSeriesCall {
  id: string;
  scenarioId: string;
  transcript: Transcript;
  overall: number;
}

/** One pass through a series: the saved calls in order, what each left behind, the calls as played, and the series score. */
export interface SeriesRun {
  seriesId: string;
  /** Saved call ids, one per call played, in call order. */
  recordIds: string[];
  memories: CallMemory[];
  /** Each call played so far as it was played, then the next call as it will be played (when there is one). */
  played: Scenario[];
  report: SeriesReport;
  /** Index of the next call to play, or null when every call has been played. */
  next: number | null;
  /**
   * Null for a run started at call 1. For a retry of a later call of a finished run: the index of the first call played
   * again; the calls before it are carried over from that run, which keeps its own score.
   */
  retriedFrom: number | null;
}

/** The series call index a saved call was played under, or -1 when it is not a call of this series. */
export function seriesCallIndex(scenario: Scenario, scenarioId: string): number {
  return scenario.series?.calls.findIndex((call) => seriesCallId(scenario.id, call.id) === scenarioId) ?? -1;
}

/**
 * Groups saved calls (oldest first) into runs of a series: the first call starts a run and each next call continues it.
 * Playing an earlier call of an unfinished run again replaces it and what came after. A run whose last call is played
 * is finished and stays as it was: playing one of its later calls again starts a new run (a retry) that carries over
 * the calls before it. A later call with no run to go in is left out. Memories, the calls as played and the series
 * score are rebuilt from the transcripts, so a run resumes after a reload exactly where it was left.
 */
export function seriesRuns(scenario: Scenario, saved: readonly SavedSeriesCall[]): SeriesRun[] {
  const total = scenario.series?.calls.length ?? 0;
  if (total === 0) return [];
  const runs: { calls: SavedSeriesCall[]; retriedFrom: number | null }[] = [];
  for (const call of saved) {
    const index = seriesCallIndex(scenario, call.scenarioId);
    if (index < 0) continue;
    const current = runs.at(-1);
    if (index === 0) runs.push({ calls: [call], retriedFrom: null });
    else if (!current || index > current.calls.length) continue;
    // A finished run's score is fixed: the retry goes into a run of its own.
    else if (current.calls.length === total) runs.push({ calls: [...current.calls.slice(0, index), call], retriedFrom: index });
    else {
      current.calls.splice(index, current.calls.length - index, call);
      if (current.retriedFrom !== null) current.retriedFrom = Math.min(current.retriedFrom, index);
    }
  }
  return runs.map(({ calls, retriedFrom }) => {
    const memories: CallMemory[] = [];
    const played: Scenario[] = [];
    calls.forEach((call, index) => {
      played.push(playedSeriesCall(scenario, index, memories));
      memories.push(rememberSeriesCall(scenario, index, call.transcript, memories));
    });
    const next = calls.length < total ? calls.length : null;
    if (next !== null) played.push(playedSeriesCall(scenario, next, memories));
    const report = scoreSeries(
      scenario.id,
      calls.map((call, index) => ({ played: played[index]!, transcript: call.transcript, overall: call.overall, memory: memories[index]! })),
      total,
    );
    return { seriesId: scenario.id, recordIds: calls.map((call) => call.id), memories, played, report, next, retriedFrom };
  });
}
