import type { CallRecord, SetAside } from '../../core/history';
import type { CallSummary } from './callSummary';
import type { HistoryStorage } from './historyStorage';
import type { GetRescore } from './restoreLazily';

/** What the history store needs from outside: where to keep calls, the scorer for repairs, a clock. */
export interface HistoryDeps {
  openStorage: () => Promise<HistoryStorage>;
  getRescore: GetRescore;
  now: () => Date;
}

/** Shared by the slices, outside React state: the opened storage and the one load in flight. */
export interface HistoryContext {
  deps: HistoryDeps;
  storage?: HistoryStorage;
  loading?: Promise<void>;
  /** The notice shown for each call that could not be saved, removed once it is. */
  unsavedNotices?: Map<string, string>;
}

/** The outcome of importing a file, with the sentence shown to the user. */
export interface ImportResult {
  ok: boolean;
  added: number;
  skipped: number;
  unreadable: number;
  message: string;
}

/** Loading saved history and what it reported. */
export interface LoadSlice {
  status: 'idle' | 'loading' | 'ready';
  /** True once every saved call has been read and restored (status 'ready'): `records` is complete. */
  loaded: boolean;
  /** True once `summaries` covers every saved call; usually well before `loaded`. */
  summariesReady: boolean;
  /** Saved items that could not be read, kept so they can be exported. */
  setAside: SetAside[];
  /** Sentences for the notice banner (repairs, unreadable items, storage trouble). */
  notices: string[];
  /** False when calls are only kept until the tab closes. */
  persistent: boolean;
  /** Opens storage and loads history once; later calls return the same promise. Never rejects. */
  load(): Promise<void>;
  dismissNotices(): void;
}

/** The saved calls and the changes made to them. */
export interface RecordsSlice {
  /** Complete calls, oldest first (for results, replay and export). */
  records: CallRecord[];
  /** One small summary per call, oldest first (for the History screen and Home). */
  summaries: CallSummary[];
  /** Best overall score per scenario id. */
  bestByScenario: Record<string, number>;
  /** Calls kept in memory only, because saving them failed (a full disk or quota); they are lost when the tab closes. */
  unsaved: string[];
  /**
   * Saves a finished call; resolves once it is written. If storage fails it rejects with a plain-words
   * Error, but the call is still kept in memory (results and replay work), marked unsaved, and a notice
   * says so. A later call with the same record tries the real storage again: nothing counts as saved until it is.
   */
  addRecord(record: CallRecord): Promise<void>;
  /** Deletes every saved call and every unreadable item. */
  clear(): Promise<void>;
}

/** Export to and import from JSON files. */
export interface TransferSlice {
  exportText(): string;
  exportUnreadableText(): string;
  /** Merges a file's calls by id: only new ids are added; nothing saved is replaced. */
  importText(text: string): Promise<ImportResult>;
}

/** The whole history store. */
export type HistoryState = LoadSlice & RecordsSlice & TransferSlice;
