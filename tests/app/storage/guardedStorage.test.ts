// Web storage in memory, in Node: these stores need localStorage, not a DOM.
import '../../support/installWebStorage';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardedStorage, type SavedRead } from '../../../src/app/storage/guardedStorage';
import { setAsideText } from '../../../src/app/storage/localSlots';
import { useStorageNotices } from '../../../src/app/storage/storageNotices';
import { fillStorage, resetStorageState } from '../../support/storageState';

type Saved = { count?: number };
const read = (state: unknown): SavedRead<Saved> => {
  const s = state as Record<string, unknown>;
  if (typeof s !== 'object' || s === null) return { unreadable: 'it is not a counter' };
  return typeof s.count === 'number' || s.count === undefined
    ? { value: { count: s.count as number | undefined }, problems: [] }
    : { value: {}, problems: ['count'] };
};
const KEY = 'dialed-in.test';
let undo: (() => void) | undefined;

beforeEach(() => {
  localStorage.clear();
  resetStorageState();
});
afterEach(() => {
  undo?.();
  undo = undefined;
});

describe('guarded localStorage for the stores', () => {
  it('reads what this version wrote', () => {
    const storage = guardedStorage<Saved>({ version: 1, read });
    storage.setItem(KEY, { state: { count: 2 }, version: 1 });
    expect(storage.getItem(KEY)).toEqual({ state: { count: 2 }, version: 1 });
  });

  it('does not throw when the browser refuses a write: it says so, and stops saying so once a write succeeds', () => {
    const storage = guardedStorage<Saved>({ version: 1, read });
    undo = fillStorage();
    expect(() => storage.setItem(KEY, { state: { count: 1 }, version: 1 })).not.toThrow();
    expect(useStorageNotices.getState().unsaved).toEqual([KEY]);
    undo();
    undo = undefined;
    storage.setItem(KEY, { state: { count: 2 }, version: 1 });
    expect(useStorageNotices.getState().unsaved).toEqual([]);
  });

  it('drops its own outdated copy when a write fails, if asked, so a reload does not bring back an old state', () => {
    const storage = guardedStorage<Saved>({ version: 1, read, dropStaleWhenFull: true });
    storage.setItem(KEY, { state: { count: 1 }, version: 1 });
    undo = fillStorage();
    storage.setItem(KEY, { state: { count: 2 }, version: 1 });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it.each([
    ['text that is not JSON', '{oops', 'it is not valid JSON'],
    ['state from a newer version', JSON.stringify({ state: { count: 1 }, version: 9 }), 'it was saved by a newer version of Dialed In (format 9)'],
    ['a value in an unknown form', JSON.stringify([1, 2]), 'it is not in a form this version of Dialed In knows'],
    ['state the store cannot read', JSON.stringify({ state: 'seven', version: 1 }), 'it is not a counter'],
  ])('sets aside %s with a notice, keeps a copy, and starts from the defaults', (_what, text, reason) => {
    localStorage.setItem(KEY, text);
    const storage = guardedStorage<Saved>({ version: 1, read });
    expect(storage.getItem(KEY)).toBeNull();
    expect(localStorage.getItem(`${KEY}.unreadable`)).toBe(text);
    expect(useStorageNotices.getState().setAside).toEqual([{ key: KEY, reason, raw: text, copiedTo: `${KEY}.unreadable` }]);
  });

  it('keeps what it can read of a partly damaged state, and a copy of the whole', () => {
    const text = JSON.stringify({ state: { count: 'many' }, version: 1 });
    localStorage.setItem(KEY, text);
    const storage = guardedStorage<Saved>({ version: 1, read });
    expect(storage.getItem(KEY)).toEqual({ state: {}, version: 1 });
    expect(localStorage.getItem(`${KEY}.unreadable`)).toBe(text);
    expect(useStorageNotices.getState().setAside[0]?.reason).toBe('count');
  });

  it('never writes over what it could not read when there is no room for a copy', () => {
    const text = JSON.stringify({ state: { count: 1 }, version: 9 });
    localStorage.setItem(KEY, text);
    undo = fillStorage();
    const storage = guardedStorage<Saved>({ version: 1, read, dropStaleWhenFull: true });
    expect(storage.getItem(KEY)).toBeNull();
    expect(useStorageNotices.getState().setAside[0]).toEqual({ key: KEY, reason: 'it was saved by a newer version of Dialed In (format 9)', raw: text });
    undo();
    undo = undefined;
    // Even with room again, this tab leaves it alone: it was never copied.
    storage.setItem(KEY, { state: { count: 2 }, version: 1 });
    storage.setItem(KEY, { state: { count: 3 }, version: 1 });
    expect(localStorage.getItem(KEY)).toBe(text);
  });

  it('never writes a copy over an earlier copy', () => {
    setAsideText(KEY, 'first', 'damaged');
    setAsideText(KEY, 'second', 'damaged');
    setAsideText(KEY, 'first', 'damaged');
    expect([localStorage.getItem(`${KEY}.unreadable`), localStorage.getItem(`${KEY}.unreadable-2`), localStorage.getItem(`${KEY}.unreadable-3`)]).toEqual([
      'first',
      'second',
      null,
    ]);
  });
});
