import { CALL_RECORD_VERSION, type CallRecord, type SetAside } from '../../core/history';

/** Tags every file Dialed In exports, so an import can tell its own files from anything else. */
export const HISTORY_FILE_APP = 'dialed-in';
/** The largest file import will read, in bytes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** The history export: readable calls exactly as saved. */
export interface HistoryFile {
  app: typeof HISTORY_FILE_APP;
  kind: 'history';
  version: number;
  exportedAt: string;
  calls: CallRecord[];
}

/** What parsing an import file gave: the items to restore, or why the file is refused. */
export type ParsedHistoryFile = { ok: true; items: unknown[] } | { ok: false; message: string };

/** Serialises the calls for download. */
export function historyFileText(calls: readonly CallRecord[], exportedAt: Date): string {
  const file: HistoryFile = { app: HISTORY_FILE_APP, kind: 'history', version: CALL_RECORD_VERSION, exportedAt: exportedAt.toISOString(), calls: [...calls] };
  return JSON.stringify(file, null, 2);
}

/** JSON that never throws: saved garbage can hold BigInts, Maps, binary data or cycles. */
function safeStringify(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(
    value,
    (_key, v: unknown) => {
      if (typeof v === 'bigint') return `${v.toString()}n`;
      if (typeof v === 'function' || typeof v === 'symbol') return String(v);
      if (v === undefined) return null;
      if (v instanceof Map) return { map: [...v.entries()] };
      if (v instanceof Set) return { set: [...v.values()] };
      if (ArrayBuffer.isView(v)) return { bytes: Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
      if (v instanceof ArrayBuffer) return { bytes: Array.from(new Uint8Array(v)) };
      if (v !== null && typeof v === 'object') {
        if (seen.has(v)) return '[circular]';
        seen.add(v);
      }
      return v;
    },
    2,
  );
}

/** Serialises the set-aside items with their reasons, so nothing unreadable is ever lost to the user. */
export function unreadableFileText(items: readonly SetAside[], exportedAt: Date): string {
  return safeStringify({ app: HISTORY_FILE_APP, kind: 'unreadable-history', exportedAt: exportedAt.toISOString(), items });
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads an import file: a Dialed In history export, an unreadable-data export (retried: a newer build
 * may read it), or a bare array of calls. Anything else is refused with a message saying why.
 */
export function parseHistoryFile(text: string): ParsedHistoryFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'That file is not valid JSON, so nothing was imported.' };
  }
  let items: unknown;
  if (Array.isArray(data)) items = data;
  else if (isObject(data) && data.app === HISTORY_FILE_APP && data.kind === 'history') items = data.calls;
  else if (isObject(data) && data.app === HISTORY_FILE_APP && data.kind === 'unreadable-history') {
    items = Array.isArray(data.items) ? data.items.map((item) => (isObject(item) && 'raw' in item ? item.raw : item)) : undefined;
  } else items = undefined;
  if (!Array.isArray(items)) {
    return { ok: false, message: 'That file is not a Dialed In history export (it should hold a list of calls), so nothing was imported.' };
  }
  if (items.length === 0) return { ok: false, message: 'That file holds no calls, so nothing was imported.' };
  return { ok: true, items };
}

/** The name of a downloaded file, dated so several exports do not overwrite each other. */
export function exportFileName(kind: 'history' | 'unreadable', date: Date): string {
  const day = date.toISOString().slice(0, 10);
  return kind === 'history' ? `dialed-in-history-${day}.json` : `dialed-in-unreadable-${day}.json`;
}
