import type { RestoredHistory } from '../../core/history';
import type { HistoryStorage } from './historyStorage';
import { restoreLazily, type GetRescore } from './restoreLazily';

/**
 * Reads every saved item and restores it forgivingly (migrations, repairs, set-aside with notices).
 * This is what History does at startup; the bench calls it with fake-indexeddb. Rejects only if the
 * storage itself cannot be read.
 */
export async function loadHistory(storage: HistoryStorage, getRescore: GetRescore): Promise<RestoredHistory> {
  return restoreLazily(await storage.loadAll(), getRescore);
}
