import { restoreHistory, type Rescore, type RestoredHistory } from '../../core/history/restoreHistory';

/** Gives the scorer when a saved score must be redone; loading it is deferred because it is rarely needed. */
export type GetRescore = () => Rescore | Promise<Rescore>;

/**
 * Restores saved items, loading the scorer only if some saved score is unreadable:
 * a first pass finds out whether it is needed, a second one (rare) re-scores.
 */
export async function restoreLazily(raws: readonly unknown[], getRescore: GetRescore): Promise<RestoredHistory> {
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
