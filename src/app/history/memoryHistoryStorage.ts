import type { CallRecord } from '../../core/history';
import { summarizeCall, type CallSummary } from './callSummary';
import type { HistoryStorage, StoredSummaries } from './historyStorage';

/** Copies like IndexedDB does, so callers cannot mutate what is "saved". */
function copy<T>(value: T): T {
  return structuredClone(value);
}

/** History kept in memory: for tests, and the fallback when IndexedDB cannot be used. */
export class MemoryHistoryStorage implements HistoryStorage {
  readonly persistent = false;
  private readonly items = new Map<unknown, unknown>();
  private readonly summaries = new Map<string, CallSummary>();
  private nextRawKey = 0;

  /**
   * `initial` may hold anything, garbage included, as a damaged store would; like calls written by
   * another program, it starts without summaries.
   */
  constructor(initial: readonly unknown[] = []) {
    for (const item of initial) this.items.set(this.keyOf(item), copy(item));
  }

  private keyOf(item: unknown): unknown {
    const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? id : `raw:${this.nextRawKey++}`;
  }

  async loadAll(): Promise<unknown[]> {
    return [...this.items.values()].map(copy);
  }

  async loadSummaries(): Promise<StoredSummaries> {
    return { summaries: [...this.summaries.values()].map(copy), calls: this.items.size };
  }

  async put(record: CallRecord): Promise<void> {
    await this.putMany([record]);
  }

  async putMany(records: readonly CallRecord[]): Promise<void> {
    for (const record of records) {
      this.items.set(record.id, copy(record));
      this.summaries.set(record.id, summarizeCall(record));
    }
  }

  async replaceSummaries(summaries: readonly CallSummary[]): Promise<void> {
    this.summaries.clear();
    for (const summary of summaries) this.summaries.set(summary.id, copy(summary));
  }

  async delete(id: string): Promise<void> {
    this.items.delete(id);
    this.summaries.delete(id);
  }

  async clear(): Promise<void> {
    this.items.clear();
    this.summaries.clear();
  }
}
