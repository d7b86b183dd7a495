import type { StateCreator } from 'zustand';
import { summarizeCall, type CallSummary } from '../callSummary';
import { bestScores } from '../historySelectors';
import type { HistoryContext, HistoryState, RecordsSlice } from '../historyState';
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
    unsaved: [],
    async addRecord(record) {
      await get().load();
      let reason: string | undefined;
      try {
        await ctx.storage!.put(record);
      } catch (error) {
        reason = describeError(error);
      }
      ctx.unsavedNotices ??= new Map();
      const stale = ctx.unsavedNotices.get(record.id);
      // Keep playing: the call stays in memory (results, replay and export work) but counts as unsaved.
      const failure =
        reason &&
        `A finished call could not be saved to History (${reason}). It is kept in this tab only: free some space and try saving it again, or export it.`;
      if (failure) ctx.unsavedNotices.set(record.id, failure);
      else ctx.unsavedNotices.delete(record.id);
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
        const unsaved = s.unsaved.filter((id) => id !== record.id);
        const notices = s.notices.filter((n) => n !== stale);
        return failure
          ? { records, summaries, bestByScenario, unsaved: [...unsaved, record.id], notices: [...notices, failure] }
          : { records, summaries, bestByScenario, unsaved, notices };
      });
      if (reason) throw new Error(reason);
    },
    async clear() {
      await get().load();
      try {
        await ctx.storage!.clear();
      } catch (error) {
        set((s) => ({ notices: [...s.notices, `History could not be cleared (${describeError(error)}).`] }));
        return;
      }
      ctx.unsavedNotices?.clear();
      set({ records: [], summaries: [], bestByScenario: {}, setAside: [], notices: [], unsaved: [] });
    },
  });
