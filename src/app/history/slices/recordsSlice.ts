import type { StateCreator } from 'zustand';
import type { CallRecord } from '../../../core/history/callRecord';
import { summarizeCall, type CallSummary } from '../callSummary';
import { bestScores } from '../historySelectors';
import type { HistoryContext, HistoryState, RecordsSlice } from '../historyState';
import { MemoryHistoryStorage } from '../memoryHistoryStorage';
import { describeError } from './loadSlice';

/** Inserts in time order (binary search; a new call almost always goes last), replacing a same-id call. */
export function insertByEndedAt<T extends { id: string; endedAt: string }>(records: readonly T[], record: T): T[] {
  const rest = records.some((r) => r.id === record.id) ? records.filter((r) => r.id !== record.id) : [...records];
  let low = 0;
  let high = rest.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (rest[mid]!.endedAt <= record.endedAt) low = mid + 1;
    else high = mid;
  }
  rest.splice(low, 0, record);
  return rest;
}

/** The saved calls: adding a finished call and clearing everything. */
export const createRecordsSlice =
  (ctx: HistoryContext): StateCreator<HistoryState, [], [], RecordsSlice> =>
  (set, get) => ({
    records: [],
    summaries: [],
    bestByScenario: {},
    async addRecord(record) {
      await get().load();
      let failure: string | undefined;
      try {
        await ctx.storage!.put(record);
      } catch (error) {
        // Keep playing: the call stays in memory (results and replay still work) and the user is told.
        failure = `This call could not be saved (${describeError(error)}). It is kept until you close this tab; export your history from History to keep it.`;
        ctx.storage = new MemoryHistoryStorage(get().records);
        await ctx.storage.put(record);
      }
      set((s) => {
        const best = s.bestByScenario[record.scenarioId];
        const replaced = s.summaries.some((r) => r.id === record.id);
        const records = insertByEndedAt(s.records, record);
        const summaries: CallSummary[] = insertByEndedAt(s.summaries, summarizeCall(record));
        // A replaced call may have held the best score, so recount only then.
        const bestByScenario = replaced
          ? bestScores(summaries)
          : best === undefined || record.report.overall > best
            ? { ...s.bestByScenario, [record.scenarioId]: record.report.overall }
            : s.bestByScenario;
        const changes = { records, summaries, bestByScenario };
        return failure ? { ...changes, persistent: false, notices: [...s.notices, failure] } : changes;
      });
      if (failure) throw new Error(failure);
    },
    async clear() {
      await get().load();
      try {
        await ctx.storage!.clear();
      } catch (error) {
        set((s) => ({ notices: [...s.notices, `History could not be cleared (${describeError(error)}).`] }));
        return;
      }
      set({ records: [], summaries: [], bestByScenario: {}, setAside: [], notices: [] });
    },
  });
