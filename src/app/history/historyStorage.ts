import type { CallRecord } from '../../core/history/callRecord';

/** Where finished calls are kept; the app uses IndexedDB, tests use memory. */
export interface HistoryStorage {
  /** Every saved item as stored, readable or not: restoring is the caller's job. */
  loadAll(): Promise<unknown[]>;
  /** Saves one call; resolves once it is written. */
  put(record: CallRecord): Promise<void>;
  /** Saves several calls in one write. */
  putMany(records: readonly CallRecord[]): Promise<void>;
  /** Removes one saved call by id. */
  delete(id: string): Promise<void>;
  /** Removes everything saved, unreadable items included. */
  clear(): Promise<void>;
  /** False when saved calls only live as long as the page (no usable IndexedDB). */
  readonly persistent: boolean;
}
