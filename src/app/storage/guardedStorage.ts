import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { isBlocked, readText, removeText, setAsideText, writeText } from './localSlots';

/** What a store could use of its saved state, and what it could not read (short phrases, for the notice). */
export type SavedRead<S> = { value: S; problems: string[] } | { unreadable: string };

/** How a store's saved state is checked. */
export interface GuardOptions<S> {
  /** The format version this build writes; a higher one is set aside, never read or written over. */
  version: number;
  /** Validates the saved state forgivingly: what is good is used, what is not is named. */
  read(state: unknown): SavedRead<S>;
  /**
   * When a write fails, drop the copy saved before it: for state where an outdated copy would mislead
   * (a call that went on in memory must not come back as it was several turns ago).
   */
  dropStaleWhenFull?: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * localStorage for zustand's persist middleware that never throws: a full browser keeps the app going in
 * memory (with a notice), and saved state that cannot be read is set aside with a notice instead of being
 * overwritten. With no copy possible, the key is left alone until the tab closes.
 */
export function guardedStorage<S>(options: GuardOptions<S>): PersistStorage<S> {
  return {
    getItem(name): StorageValue<S> | null {
      const text = readText(name);
      if (text === null) return null;
      let saved: unknown;
      try {
        saved = JSON.parse(text);
      } catch {
        setAsideText(name, text, 'it is not valid JSON');
        return null;
      }
      if (!isObject(saved) || !('state' in saved) || typeof saved.version !== 'number') {
        setAsideText(name, text, 'it is not in a form this version of Dialed In knows');
        return null;
      }
      if (saved.version > options.version) {
        setAsideText(name, text, `it was saved by a newer version of Dialed In (format ${saved.version})`);
        return null;
      }
      const read = options.read(saved.state);
      if ('unreadable' in read) {
        setAsideText(name, text, read.unreadable);
        return null;
      }
      if (read.problems.length > 0) setAsideText(name, text, read.problems.join('; '));
      return { state: read.value, version: options.version };
    },
    setItem(name, value) {
      if (isBlocked(name)) return; // what could not be read stays as it was
      const text = JSON.stringify(value);
      if (writeText(name, text) || !options.dropStaleWhenFull) return;
      // The stale copy is ours and readable, so removing it loses nothing; it may also free the room needed.
      removeText(name);
      writeText(name, text);
    },
    removeItem(name) {
      removeText(name);
    },
  };
}
