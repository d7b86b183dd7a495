import type { CallRecord } from '../../core/history';
import type { CallSummary } from './callSummary';

/** Stored summaries as read, and how many calls are stored (to tell whether the summaries cover them all). */
export interface StoredSummaries {
  summaries: unknown[];
  calls: number;
}

/** Where finished calls are kept; the app uses IndexedDB, tests use memory. */
export interface HistoryStorage {
  /** Every saved item as stored, readable or not: restoring is the caller's job. */
  loadAll(): Promise<unknown[]>;
  /** The small per-call summaries (a derived index), read without the calls themselves. */
  loadSummaries(): Promise<StoredSummaries>;
  /** Saves one call and its summary; resolves once both are written. */
  put(record: CallRecord): Promise<void>;
  /** Saves several calls and their summaries in one write. */
  putMany(records: readonly CallRecord[]): Promise<void>;
  /** Rebuilds the summary index: replaces every stored summary with these. */
  replaceSummaries(summaries: readonly CallSummary[]): Promise<void>;
  /** Removes one saved call by id. */
  delete(id: string): Promise<void>;
  /** Removes everything saved, unreadable items included. */
  clear(): Promise<void>;
  /** False when saved calls only live as long as the page (no usable IndexedDB). */
  readonly persistent: boolean;
}
