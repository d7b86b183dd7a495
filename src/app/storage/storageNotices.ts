import { create } from 'zustand';

/** Saved data that could not be read: kept (copied aside, or left in place) and offered for export. */
export interface SetAsideEntry {
  /** The localStorage key it was read from. */
  key: string;
  /** Why, in plain words: "it was saved by a newer version of Dialed In (format 3)". */
  reason: string;
  /** The text as it was found. */
  raw: string;
  /** The side key holding a copy; absent when there was no room for one (then the original is left untouched). */
  copiedTo?: string;
}

/** Problems with this browser's localStorage, for the notice every screen shows. */
export interface StorageNoticesState {
  /** Keys whose last write failed (storage full or refused); cleared once a write succeeds again. */
  unsaved: string[];
  setAside: SetAsideEntry[];
  /** The notice was dismissed; a new problem shows it again. */
  dismissed: boolean;
  writeFailed(key: string): void;
  writeSucceeded(key: string): void;
  addSetAside(entry: SetAsideEntry): void;
  dismiss(): void;
}

/** One store for every storage problem, so the trainee hears about each in the same place. */
export const useStorageNotices = create<StorageNoticesState>()((set, get) => ({
  unsaved: [],
  setAside: [],
  dismissed: false,
  // Writes happen on every keystroke of a call: change state only when the answer changes.
  writeFailed(key) {
    if (!get().unsaved.includes(key)) set({ unsaved: [...get().unsaved, key], dismissed: false });
  },
  writeSucceeded(key) {
    if (get().unsaved.includes(key)) set({ unsaved: get().unsaved.filter((k) => k !== key) });
  },
  addSetAside(entry) {
    const known = get().setAside.some((e) => e.key === entry.key && e.raw === entry.raw);
    if (!known) set({ setAside: [...get().setAside, entry], dismissed: false });
  },
  dismiss() {
    set({ dismissed: true });
  },
}));
