import { systemClock } from '../clock/systemClock';
import { downloadText } from '../shared/downloadText';
import { STORAGE_KEYS } from './storageAreas';
import type { SetAsideEntry } from './storageNotices';

/** The saved value as JSON when it parses (easier to read and to import again), else the text as found. */
function valueOf(entry: SetAsideEntry): unknown {
  let value: unknown;
  try {
    value = JSON.parse(entry.raw);
  } catch {
    return entry.raw;
  }
  // An API key never leaves the browser in a file.
  const state = (value as { state?: Record<string, unknown> } | null)?.state;
  if (entry.key === STORAGE_KEYS.llm && state && typeof state === 'object' && 'apiKey' in state)
    return { ...(value as object), state: { ...state, apiKey: '(not exported)' } };
  return value;
}

/** The set-aside data as a file to download: what it was, why it was set aside, and where a copy is kept. */
export function setAsideFileText(entries: readonly SetAsideEntry[], exportedAt: Date): string {
  const items = entries.map((entry) => ({
    key: entry.key,
    reason: entry.reason,
    ...(entry.copiedTo ? { copiedTo: entry.copiedTo } : {}),
    raw: valueOf(entry),
  }));
  return JSON.stringify({ app: 'dialed-in', kind: 'unreadable-storage', exportedAt: exportedAt.toISOString(), items }, null, 2);
}

/** The file name of that download, dated. */
export function setAsideFileName(date: Date): string {
  return `dialed-in-unreadable-storage-${date.toISOString().slice(0, 10)}.json`;
}

/** Offers every set-aside item as one download; the clock is handed in for tests. */
export function downloadSetAside(entries: readonly SetAsideEntry[], now: () => Date = () => new Date(systemClock.now())): void {
  const date = now();
  downloadText(setAsideFileName(date), setAsideFileText(entries, date));
}
