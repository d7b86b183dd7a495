import { openDB, type IDBPDatabase } from 'idb';

/** One imported results file as kept: the parsed data, checked again on every load. */
export interface StoredImport {
  /** Derived from the file's content, so importing the same file twice is noticed. */
  key: string;
  fileName: string;
  importedAt: string;
  data: unknown;
}

/** Where the team dashboard keeps imported results files. */
export interface TeamStorage {
  readonly persistent: boolean;
  all(): Promise<StoredImport[]>;
  put(entry: StoredImport): Promise<void>;
  remove(key: string): Promise<void>;
  clear(): Promise<void>;
}

/** The IndexedDB database of the team dashboard (separate from history, so neither can damage the other). */
export const TEAM_DB_NAME = 'dialed-in-team';
const STORE = 'imports';

/** Imported results in IndexedDB; every write resolves once its transaction is done. */
export class IndexedDbTeamStorage implements TeamStorage {
  readonly persistent = true;
  private constructor(private readonly db: IDBPDatabase) {}

  /** Opens (or creates) the database; rejects when IndexedDB is missing or refuses. */
  static async open(): Promise<IndexedDbTeamStorage> {
    if (typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB');
    const db = await openDB(TEAM_DB_NAME, 1, {
      upgrade(database) {
        if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE, { keyPath: 'key' });
      },
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
      },
    });
    return new IndexedDbTeamStorage(db);
  }

  async all(): Promise<StoredImport[]> {
    return this.db.getAll(STORE);
  }

  async put(entry: StoredImport): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    await Promise.all([tx.store.put(entry), tx.done]);
  }

  async remove(key: string): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    await Promise.all([tx.store.delete(key), tx.done]);
  }

  async clear(): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    await Promise.all([tx.store.clear(), tx.done]);
  }
}

/** Keeps imports only in memory: the fallback when IndexedDB is unavailable, and for tests. */
export class MemoryTeamStorage implements TeamStorage {
  readonly persistent = false;
  private readonly entries = new Map<string, StoredImport>();

  async all(): Promise<StoredImport[]> {
    return [...this.entries.values()];
  }

  async put(entry: StoredImport): Promise<void> {
    this.entries.set(entry.key, structuredClone(entry));
  }

  async remove(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async clear(): Promise<void> {
    this.entries.clear();
  }
}
