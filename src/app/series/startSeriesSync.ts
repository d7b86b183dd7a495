import { useHistoryStore } from '../history/historyStore';
import { useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { useSeriesStore } from './seriesStore';

let started = false;

/** Keeps each series' calls, as they will be played, in step with saved history and the scenarios. */
export function startSeriesSync(): void {
  if (started) return;
  started = true;
  let last: { records: unknown; scenarios: unknown } | undefined;
  const sync = () => {
    const { records, loaded } = useHistoryStore.getState();
    const { scenarios } = useScenarioCatalog.getState();
    if (!loaded || (last?.records === records && last.scenarios === scenarios)) return;
    last = { records, scenarios };
    const calls = useSeriesStore.getState().sync(scenarios, records);
    const progress = Object.fromEntries(
      Object.entries(useSeriesStore.getState().runs).flatMap(([id, runs]) => {
        const run = runs.at(-1);
        return run ? [[id, { played: run.recordIds.length, next: run.next, overall: Math.round(run.report.overall) }]] : [];
      }),
    );
    useScenarioCatalog.getState().setSeriesCalls(calls, progress);
  };
  useHistoryStore.subscribe(sync);
  useScenarioCatalog.subscribe(sync);
  void useHistoryStore.getState().load();
  sync();
}
