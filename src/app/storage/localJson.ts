import { hasStorage, isBlocked, readText, setAsideText, writeText } from './localSlots';
import { useStorageNotices } from './storageNotices';

/** What was found under a localStorage key. */
export interface LocalRead {
  /** The parsed value; undefined when nothing is saved or it could not be parsed. */
  value?: unknown;
  /** The raw text when it could not be parsed, so it can be kept aside instead of overwritten. */
  unreadable?: string;
}

/** Reads JSON saved under a key; never throws. */
export function readLocal(key: string): LocalRead {
  const text = readText(key);
  if (text === null) return {};
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { unreadable: text };
  }
}

/** Saves JSON under a key; throws an Error in plain words when it cannot (full, blocked, or kept from overwriting). */
export function writeLocal(key: string, value: unknown): void {
  if (!hasStorage()) throw new Error('This browser does not let Dialed In save anything, so it is kept only until you close the tab.');
  if (isBlocked(key)) {
    throw new Error(
      'What was saved here before could not be read and there is no room to keep a copy, so nothing is saved over it. It is kept only until you close the tab.',
    );
  }
  if (!writeText(key, JSON.stringify(value))) {
    throw new Error('The browser’s storage for this site is full, so this could not be saved. Export what you need, then remove something you no longer use.');
  }
}

/**
 * Keeps saved text that could not be read under a side key before the main key is written again, with a
 * notice. Returns false when no copy could be made: the key is then never written over in this tab.
 */
export function keepAside(key: string, text: string, reason = 'it could not be read'): boolean {
  return setAsideText(key, text, reason);
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Reads a versioned JSON document saved under a key. Text that does not parse, a newer format, or a shape
 * `fits` refuses is set aside with a notice (and, with no room for a copy, never written over): the caller
 * then starts empty. Undefined means nothing usable is saved.
 */
export function readDocument(key: string, version: number, fits: (data: Record<string, unknown>) => boolean): Record<string, unknown> | undefined {
  const text = readText(key);
  if (text === null) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    keepAside(key, text, 'it is not valid JSON');
    return undefined;
  }
  const found = isRecord(data) ? data.version : undefined;
  if (typeof found === 'number' && found > version) {
    keepAside(key, text, `it was saved by a newer version of Dialed In (format ${found})`);
    return undefined;
  }
  if (!isRecord(data) || (found !== undefined && typeof found !== 'number') || !fits(data)) {
    keepAside(key, text, 'it is not in a form this version of Dialed In knows');
    return undefined;
  }
  return data;
}

/** True when each named field is absent or a list. */
export function listsOrAbsent(data: Record<string, unknown>, fields: readonly string[]): boolean {
  return fields.every((field) => data[field] === undefined || Array.isArray(data[field]));
}

/** Tells the trainee about saved items that no longer validate; they stay in the saved list, so nothing is lost. */
export function reportItemsSetAside(key: string, items: readonly unknown[], noun: string): void {
  if (items.length === 0) return;
  const reason = `${items.length} ${noun}${items.length === 1 ? ' no longer passes' : 's no longer pass'} this version’s checks`;
  useStorageNotices.getState().addSetAside({ key, reason, raw: JSON.stringify(items), copiedTo: key });
}
