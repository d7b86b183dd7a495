import { create } from 'zustand';
import type { CallRecord } from '../../core/history';
import type { Scenario } from '../../core/scenario';
import { playedSeriesCall, seriesRuns, type SeriesRun } from '../../core/series';

/** Every pass through every series in saved history, worked out from the saved calls. */
export interface SeriesState {
  /** Runs per series id, oldest first. */
  runs: Record<string, SeriesRun[]>;
  /** Recomputes the runs from the scenarios and saved calls; returns each call as it is (or will be) played, by call id. */
  sync(scenarios: readonly Scenario[], records: readonly CallRecord[]): Record<string, Scenario>;
}

/** One store for series progress; its action is a thin call into core's seriesRuns. */
export const useSeriesStore = create<SeriesState>()((set) => ({
  runs: {},
  sync(scenarios, records) {
    const saved = records.map((record) => ({ id: record.id, scenarioId: record.scenarioId, transcript: record.transcript, overall: record.report.overall }));
    const runs: Record<string, SeriesRun[]> = {};
    const calls: Record<string, Scenario> = {};
    for (const scenario of scenarios) {
      if (!scenario.series) continue;
      const mine = saved.filter((call) => call.scenarioId.startsWith(`${scenario.id}/`));
      runs[scenario.id] = seriesRuns(scenario, mine);
      // Call 1 is always playable; a call played before keeps its briefing for replays; the latest run's calls win.
      const first = playedSeriesCall(scenario, 0, []);
      calls[first.id] = first;
      for (const run of runs[scenario.id]!) for (const played of run.played) calls[played.id] = played;
    }
    set({ runs });
    return calls;
  },
}));

/** Selector: the run a saved call belongs to. */
export const selectRunOf = (recordId: string) => (state: SeriesState) => {
  for (const runs of Object.values(state.runs)) {
    const run = runs.find((r) => r.recordIds.includes(recordId));
    if (run) return run;
  }
  return undefined;
};

/** Selector: the latest run of a series, if it was ever started. */
export const selectLatestRun = (seriesId: string) => (state: SeriesState) => state.runs[seriesId]?.at(-1);
