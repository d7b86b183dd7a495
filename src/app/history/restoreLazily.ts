import type { CallRecord } from '../../core/history/callRecord';
import { restoreHistory, type Rescore, type RestoredHistory } from '../../core/history/restoreHistory';
import { byEndedAt } from './callSummary';
import { currentRecord } from './currentRecord';

/** Gives the scorer when a saved score must be redone; loading it is deferred because it is rarely needed. */
export type GetRescore = () => Rescore | Promise<Rescore>;

/** The core's restore, loading the scorer only if some saved score is unreadable (a rare second pass). */
async function restoreWithLazyScorer(raws: readonly unknown[], getRescore: GetRescore): Promise<RestoredHistory> {
  if (raws.length === 0) return { records: [], setAside: [], notices: [] };
  let needed = false;
  const first = restoreHistory(raws, () => {
    needed = true;
    return undefined;
  });
  if (!needed) return first;
  let rescore: Rescore;
  try {
    rescore = await getRescore();
  } catch {
    // Without the scorer those calls stay set aside (and exportable), as restoreHistory already decided.
    return first;
  }
  return restoreHistory(raws, rescore);
}

/**
 * Restores saved items: current-format calls take a fast path, everything else goes through the core's
 * forgiving restore (migrations, repairs, set-aside with notices). The first copy of an id wins; the result
 * is in time order.
 */
export async function restoreLazily(raws: readonly unknown[], getRescore: GetRescore): Promise<RestoredHistory> {
  const fast: CallRecord[] = [];
  const rest: unknown[] = [];
  for (const raw of raws) {
    const record = currentRecord(raw);
    if (record) fast.push(record);
    else rest.push(raw);
  }
  const slow = await restoreWithLazyScorer(rest, getRescore);
  const seen = new Set<string>();
  const records: CallRecord[] = [];
  for (const record of [...fast, ...slow.records]) {
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    records.push(record);
  }
  // ISO timestamps order correctly as plain strings; localeCompare would cost far more on thousands.
  records.sort(byEndedAt);
  return { records, setAside: slow.setAside, notices: slow.notices };
}
