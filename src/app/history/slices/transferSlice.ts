import type { StateCreator } from 'zustand';
import type { CallRecord } from '../../../core/history';
import { byEndedAt, summarizeCall } from '../callSummary';
import { historyFileText, parseHistoryFile, unreadableFileText } from '../historyFile';
import { bestScores } from '../historySelectors';
import type { HistoryContext, HistoryState, ImportResult, TransferSlice } from '../historyState';
import { describeError } from './loadSlice';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The sentence shown after an import; `why` is the first reason an item was left out. */
export function importMessage(added: number, skipped: number, unreadable: number, why?: string): string {
  const parts = [`Imported ${plural(added, 'call', 'calls')}`];
  if (skipped > 0) parts.push(`skipped ${plural(skipped, 'call', 'calls')} already in your history`);
  if (unreadable > 0)
    parts.push(`${plural(unreadable, 'item was', 'items were')} unreadable and left out${why ? ` (${unreadable === 1 ? '' : 'for example, '}${why})` : ''}`);
  return `${parts.join('; ')}.`;
}

const refused = (message: string, unreadable = 0): ImportResult => ({ ok: false, added: 0, skipped: 0, unreadable, message });

/** Export to JSON and import by merging on id. */
export const createTransferSlice =
  (ctx: HistoryContext): StateCreator<HistoryState, [], [], TransferSlice> =>
  (set, get) => ({
    exportText() {
      return historyFileText(get().records, ctx.deps.now());
    },
    exportUnreadableText() {
      return unreadableFileText(get().setAside, ctx.deps.now());
    },
    async importText(text) {
      await get().load();
      const parsed = parseHistoryFile(text);
      if (!parsed.ok) return refused(parsed.message);
      const [{ restoreLazily }, { checkImportedCall, importedScoreProblem }] = await Promise.all([
        import('../restoreLazily'),
        import('../../../core/history/checkImportedCall'),
      ]);
      // A file is authored input: its calls get the limits and rules of a results file, and keep only what was checked.
      const scoreProblems = parsed.items.map(importedScoreProblem);
      const restored = await restoreLazily(
        parsed.items.filter((_, i) => !scoreProblems[i]),
        ctx.deps.getRescore,
      );
      const checked = restored.records.map(checkImportedCall);
      const records = checked.flatMap((c) => (c.ok ? [c.record] : []));
      const reasons = [
        ...scoreProblems.filter((p) => p !== undefined),
        ...restored.setAside.map((item) => item.reason),
        ...checked.flatMap((c) => (c.ok ? [] : [c.reason])),
      ];
      const unreadable = reasons.length;
      if (records.length === 0) {
        const why = reasons[0] ? ` (${unreadable === 1 ? '' : 'for example, '}${reasons[0]})` : '';
        return refused(
          `None of the ${plural(parsed.items.length, 'item', 'items')} in that file could be read as a call${why}, so nothing was imported.`,
          unreadable,
        );
      }
      const known = new Set(get().records.map((r) => r.id));
      const fresh: CallRecord[] = records.filter((r) => !known.has(r.id));
      // Duplicates inside the file were dropped by restore; count them as skipped too.
      const skipped = parsed.items.length - unreadable - fresh.length;
      try {
        if (fresh.length > 0) await ctx.storage!.putMany(fresh);
      } catch (error) {
        return refused(`The calls could not be saved (${describeError(error)}), so nothing was imported.`, unreadable);
      }
      if (fresh.length > 0) {
        set((s) => {
          const records = [...s.records, ...fresh].sort(byEndedAt);
          const summaries = [...s.summaries, ...fresh.map(summarizeCall)].sort(byEndedAt);
          return { records, summaries, bestByScenario: bestScores(summaries) };
        });
      }
      return { ok: true, added: fresh.length, skipped, unreadable, message: importMessage(fresh.length, skipped, unreadable, reasons[0]) };
    },
  });
