import { restoreHistory, type Rescore, type RestoredHistory } from '../../core/history';

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

/** Restores saved items through the core (fast for current-format calls), loading the scorer only if needed. */
export function restoreLazily(raws: readonly unknown[], getRescore: GetRescore): Promise<RestoredHistory> {
  return restoreWithLazyScorer(raws, getRescore);
}
