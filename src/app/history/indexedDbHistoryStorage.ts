import { openDB, type IDBPDatabase } from 'idb';
import type { CallRecord } from '../../core/history';
import { summarizeCall, type CallSummary } from './callSummary';
import type { HistoryStorage, StoredSummaries } from './historyStorage';

/** The IndexedDB database the app keeps its history in. */
export const HISTORY_DB_NAME = 'dialed-in';
/** The call records, keyed by their `id`. */
export const HISTORY_STORE = 'calls';
/** One small summary per call, keyed by the call's `id`: a derived index, rebuilt from the calls when needed. */
export const SUMMARY_STORE = 'summaries';
const STORES = [HISTORY_STORE, SUMMARY_STORE] as const;
/** Calls decoded per task when reading them all. */
const LOAD_PAGE = 250;

function hasStores(db: IDBPDatabase): boolean {
  return STORES.every((name) => db.objectStoreNames.contains(name));
}

function createStores(db: IDBPDatabase): void {
  for (const name of STORES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: 'id' });
}

/**
 * Opens at whatever version exists (no VersionError if a newer build bumped it),
 * and adds a store in a new version only if one is missing.
 */
async function openHistoryDb(name: string): Promise<IDBPDatabase> {
  // Another tab (or a newer build) upgrading the database must not be blocked by this connection.
  const callbacks = { upgrade: createStores, blocking: (_c: number, _b: number | null, event: IDBVersionChangeEvent) => (event.target as IDBDatabase).close() };
  const db = await openDB(name, undefined, callbacks);
  if (hasStores(db)) return db;
  const next = db.version + 1;
  db.close();
  return openDB(name, next, callbacks);
}

/** History in the browser's IndexedDB; every write resolves only once its transaction has completed. */
export class IndexedDbHistoryStorage implements HistoryStorage {
  readonly persistent = true;

  private constructor(private readonly db: IDBPDatabase) {}

  /** Opens (or creates) the history database; rejects when IndexedDB is missing or refuses. */
  static async open(name: string = HISTORY_DB_NAME): Promise<IndexedDbHistoryStorage> {
    if (typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB');
    return new IndexedDbHistoryStorage(await openHistoryDb(name));
  }

  /**
   * Reads in pages within one transaction: the browser decodes each page in its own task, so thousands of
   * calls do not hold the page still for one long stretch (History stays responsive while they load).
   */
  async loadAll(): Promise<unknown[]> {
    const store = this.db.transaction(HISTORY_STORE, 'readonly').store;
    const items: unknown[] = [];
    let after: IDBKeyRange | undefined;
    for (;;) {
      const [page, keys] = await Promise.all([store.getAll(after, LOAD_PAGE), store.getAllKeys(after, LOAD_PAGE)]);
      for (const item of page) items.push(item);
      if (keys.length < LOAD_PAGE) return items;
      after = IDBKeyRange.lowerBound(keys[keys.length - 1]!, true);
    }
  }

  async loadSummaries(): Promise<StoredSummaries> {
    const tx = this.db.transaction(STORES, 'readonly');
    const [summaries, calls] = await Promise.all([tx.objectStore(SUMMARY_STORE).getAll(), tx.objectStore(HISTORY_STORE).count(), tx.done]);
    return { summaries, calls };
  }

  async put(record: CallRecord): Promise<void> {
    await this.putMany([record]);
  }

  async putMany(records: readonly CallRecord[]): Promise<void> {
    const tx = this.db.transaction(STORES, 'readwrite');
    const calls = tx.objectStore(HISTORY_STORE);
    const summaries = tx.objectStore(SUMMARY_STORE);
    // Queue every put, then wait for the transaction: one failure aborts the whole write.
    const puts = records.flatMap((record) => [calls.put(record), summaries.put(summarizeCall(record))]);
    await Promise.all([...puts, tx.done]);
  }

  async replaceSummaries(list: readonly CallSummary[]): Promise<void> {
    const tx = this.db.transaction(SUMMARY_STORE, 'readwrite');
    await Promise.all([tx.store.clear(), ...list.map((summary) => tx.store.put(summary)), tx.done]);
  }

  async delete(id: string): Promise<void> {
    const tx = this.db.transaction(STORES, 'readwrite');
    await Promise.all([tx.objectStore(HISTORY_STORE).delete(id), tx.objectStore(SUMMARY_STORE).delete(id), tx.done]);
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction(STORES, 'readwrite');
    await Promise.all([tx.objectStore(HISTORY_STORE).clear(), tx.objectStore(SUMMARY_STORE).clear(), tx.done]);
  }

  /** Closes the connection (tests, and before deleting the database). */
  close(): void {
    this.db.close();
  }
}
