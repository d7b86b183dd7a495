import { openDB, type IDBPDatabase } from 'idb';
import type { CallRecord } from '../../core/history/callRecord';
import type { HistoryStorage } from './historyStorage';

/** The IndexedDB database the app keeps its history in. */
export const HISTORY_DB_NAME = 'dialed-in';
/** The one object store: call records keyed by their `id`. */
export const HISTORY_STORE = 'calls';

function createStore(db: IDBPDatabase): void {
  if (!db.objectStoreNames.contains(HISTORY_STORE)) db.createObjectStore(HISTORY_STORE, { keyPath: 'id' });
}

/**
 * Opens at whatever version exists (no VersionError if a newer build bumped it),
 * and adds the store in a new version only if it is missing.
 */
async function openHistoryDb(name: string): Promise<IDBPDatabase> {
  // Another tab upgrading the database must not be blocked by this one.
  const callbacks = { upgrade: createStore, blocking: (_c: number, _b: number | null, event: IDBVersionChangeEvent) => (event.target as IDBDatabase).close() };
  const db = await openDB(name, undefined, callbacks);
  if (db.objectStoreNames.contains(HISTORY_STORE)) return db;
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

  async loadAll(): Promise<unknown[]> {
    return this.db.getAll(HISTORY_STORE);
  }

  async put(record: CallRecord): Promise<void> {
    await this.putMany([record]);
  }

  async putMany(records: readonly CallRecord[]): Promise<void> {
    const tx = this.db.transaction(HISTORY_STORE, 'readwrite');
    // Queue every put, then wait for the transaction: one failure aborts the whole write.
    const puts = records.map((record) => tx.store.put(record));
    await Promise.all([...puts, tx.done]);
  }

  async delete(id: string): Promise<void> {
    const tx = this.db.transaction(HISTORY_STORE, 'readwrite');
    await Promise.all([tx.store.delete(id), tx.done]);
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction(HISTORY_STORE, 'readwrite');
    await Promise.all([tx.store.clear(), tx.done]);
  }

  /** Closes the connection (tests, and before deleting the database). */
  close(): void {
    this.db.close();
  }
}
