import { useStorageNotices } from './storageNotices';

/** Most side copies kept per key; past this the original stays where it is instead. */
const MAX_SIDE_COPIES = 20;

/** Keys whose unreadable contents could not be copied aside: nothing is written over them until the tab closes. */
const blocked = new Set<string>();

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // some privacy modes throw on access
  }
}

/** False when this browser lets the app save nothing at all (some privacy modes). */
export function hasStorage(): boolean {
  return storage() !== undefined;
}

/** The text saved under a key, or null; never throws. */
export function readText(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** True while a key holds data that could not be read and has no copy elsewhere. */
export function isBlocked(key: string): boolean {
  return blocked.has(key);
}

/**
 * Writes text under a key; false when the browser refused (full, or storage blocked). Every outcome is
 * reported, so the notice appears while writes fail and goes once one succeeds. A blocked key is not written.
 */
export function writeText(key: string, text: string): boolean {
  if (blocked.has(key)) return false;
  const store = storage();
  try {
    if (!store) throw new Error('no storage');
    store.setItem(key, text);
  } catch {
    useStorageNotices.getState().writeFailed(key);
    return false;
  }
  useStorageNotices.getState().writeSucceeded(key);
  return true;
}

/** Removes a key; never throws. */
export function removeText(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: the key stays as it was.
  }
}

/** The first free side key for a copy: `key.unreadable`, then `key.unreadable-2`, and so on. */
function freeSideKey(store: Storage, key: string, text: string): { key: string; exists: boolean } | undefined {
  for (let n = 1; n <= MAX_SIDE_COPIES; n++) {
    const side = n === 1 ? `${key}.unreadable` : `${key}.unreadable-${n}`;
    const there = store.getItem(side);
    if (there === null) return { key: side, exists: false };
    if (there === text) return { key: side, exists: true };
  }
  return undefined;
}

/**
 * Copies unreadable text to a side key (never over an earlier copy) and reports it for the notice.
 * When there is no room for a copy, the key is blocked instead: its original is never written over.
 * Returns true when the original may now be replaced.
 */
export function setAsideText(key: string, text: string, reason: string): boolean {
  const store = storage();
  let copiedTo: string | undefined;
  try {
    const side = store ? freeSideKey(store, key, text) : undefined;
    if (side && !side.exists) store!.setItem(side.key, text);
    copiedTo = side?.key;
  } catch {
    copiedTo = undefined;
  }
  if (!copiedTo) blocked.add(key);
  useStorageNotices.getState().addSetAside({ key, reason, raw: text, ...(copiedTo ? { copiedTo } : {}) });
  return copiedTo !== undefined;
}

/** Forgets blocked keys (tests). */
export function resetLocalSlots(): void {
  blocked.clear();
}
