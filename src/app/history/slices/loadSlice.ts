import type { StateCreator } from 'zustand';
import type { RestoredHistory } from '../../../core/history';
import { byEndedAt, isCallSummary, sameSummary, summarizeCall, type CallSummary } from '../callSummary';
import type { HistoryStorage } from '../historyStorage';
import { bestScores } from '../historySelectors';
import type { HistoryContext, HistoryState, LoadSlice } from '../historyState';
import { MemoryHistoryStorage } from '../memoryHistoryStorage';

/** A short reason from anything thrown, for a notice; a full disk or quota is said in plain words. */
export function describeError(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
  const message = typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : '';
  if (name === 'QuotaExceededError' || (name === 'UnknownError' && /quota|disk/i.test(message))) return 'the browser’s storage for this site is full';
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'object' && error !== null && 'name' in error) return String((error as { name: unknown }).name);
  return String(error);
}

async function openOrFallBack(ctx: HistoryContext, notices: string[]): Promise<HistoryStorage> {
  try {
    return await ctx.deps.openStorage();
  } catch (error) {
    notices.push(
      `Saved history could not be opened (${describeError(error)}). Calls you finish now are kept until you close this tab; export them to keep them.`,
    );
    return new MemoryHistoryStorage();
  }
}

/** The stored summaries if they cover every stored call; undefined means "wait for the calls". */
async function quickSummaries(storage: HistoryStorage): Promise<CallSummary[] | undefined> {
  try {
    const { summaries, calls } = await storage.loadSummaries();
    if (summaries.length !== calls || !summaries.every(isCallSummary)) return undefined;
    return (summaries as CallSummary[]).sort(byEndedAt);
  } catch {
    return undefined; // the index is only a shortcut: the calls themselves are read next
  }
}

async function readOrReport(storage: HistoryStorage, ctx: HistoryContext, notices: string[]): Promise<RestoredHistory | undefined> {
  try {
    // Loaded on demand: restoring pulls in the validation library, which the first screen does not need.
    const { loadHistory } = await import('../loadHistory');
    return await loadHistory(storage, ctx.deps.getRescore);
  } catch (error) {
    notices.push(`Saved history could not be read (${describeError(error)}). Nothing was deleted; new calls will still be saved.`);
    return undefined;
  }
}

/**
 * Lets the browser paint what the summaries allow before the heavy read of every call starts
 * (reading thousands of calls occupies the main thread). Bounded, so a hidden tab still loads.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/** True when the summary index matches the restored calls: the same summaries, in the same order. */
function indexMatches(stored: readonly CallSummary[] | undefined, fresh: readonly CallSummary[]): boolean {
  return stored !== undefined && stored.length === fresh.length && stored.every((s, i) => sameSummary(s, fresh[i]!));
}

/**
 * Loading in two steps: the small summaries first (History and Home can show at once), then every call,
 * restored forgivingly; the summary index is rebuilt if it did not match. Never leaves the app without a history.
 */
export const createLoadSlice =
  (ctx: HistoryContext): StateCreator<HistoryState, [], [], LoadSlice> =>
  (set) => ({
    status: 'idle',
    loaded: false,
    summariesReady: false,
    setAside: [],
    notices: [],
    persistent: true,
    load() {
      ctx.loading ??= (async () => {
        set({ status: 'loading' });
        const notices: string[] = [];
        const storage = await openOrFallBack(ctx, notices);
        ctx.storage = storage;
        const quick = await quickSummaries(storage);
        if (quick) {
          set({ summaries: quick, summariesReady: true, bestByScenario: bestScores(quick) });
          await afterPaint();
        }
        const restored = await readOrReport(storage, ctx, notices);
        const records = restored?.records ?? [];
        const summaries = records.map(summarizeCall);
        const matches = indexMatches(quick, summaries);
        set({
          status: 'ready',
          loaded: true,
          summariesReady: true,
          records,
          // Summaries already shown and confirmed stay as they are, so History does not draw them again.
          ...(matches ? {} : { summaries, bestByScenario: bestScores(summaries) }),
          setAside: restored?.setAside ?? [],
          notices: [...notices, ...(restored?.notices ?? [])],
          persistent: storage.persistent,
        });
        // Rebuild the index only from a successful read, and in the background: it is a cache.
        if (restored && !matches) void storage.replaceSummaries(summaries).catch(() => undefined);
      })();
      return ctx.loading;
    },
    dismissNotices() {
      set({ notices: [] });
    },
  });
