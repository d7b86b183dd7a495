import type { StateCreator } from 'zustand';
import type { RestoredHistory } from '../../../core/history/restoreHistory';
import type { HistoryStorage } from '../historyStorage';
import { bestScores } from '../historySelectors';
import type { HistoryContext, HistoryState, LoadSlice } from '../historyState';
import { MemoryHistoryStorage } from '../memoryHistoryStorage';

/** A short reason from anything thrown, for a notice. */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'object' && error !== null && 'name' in error) return String((error as { name: unknown }).name);
  return String(error);
}

async function openOrFallBack(ctx: HistoryContext, notices: string[]): Promise<HistoryStorage> {
  try {
    return await ctx.deps.openStorage();
  } catch (error) {
    notices.push(`Saved history could not be opened (${describeError(error)}). Calls you finish now are kept until you close this tab; export them to keep them.`);
    return new MemoryHistoryStorage();
  }
}

async function readOrReport(storage: HistoryStorage, ctx: HistoryContext, notices: string[]): Promise<RestoredHistory> {
  try {
    // Loaded on demand: restoring pulls in the validation library, which the first screen does not need.
    const { loadHistory } = await import('../loadHistory');
    return await loadHistory(storage, ctx.deps.getRescore);
  } catch (error) {
    notices.push(`Saved history could not be read (${describeError(error)}). Nothing was deleted; new calls will still be saved.`);
    return { records: [], setAside: [], notices: [] };
  }
}

/** Loading: opens storage, restores what it can, and never leaves the app without a history. */
export const createLoadSlice =
  (ctx: HistoryContext): StateCreator<HistoryState, [], [], LoadSlice> =>
  (set) => ({
    status: 'idle',
    loaded: false,
    setAside: [],
    notices: [],
    persistent: true,
    load() {
      ctx.loading ??= (async () => {
        set({ status: 'loading' });
        const notices: string[] = [];
        const storage = await openOrFallBack(ctx, notices);
        const restored = await readOrReport(storage, ctx, notices);
        ctx.storage = storage;
        set({
          status: 'ready',
          loaded: true,
          records: restored.records,
          bestByScenario: bestScores(restored.records),
          setAside: restored.setAside,
          notices: [...notices, ...restored.notices],
          persistent: storage.persistent,
        });
      })();
      return ctx.loading;
    },
    dismissNotices() {
      set({ notices: [] });
    },
  });
