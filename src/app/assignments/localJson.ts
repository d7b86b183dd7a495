/** What was found under a localStorage key. */
export interface LocalRead {
  /** The parsed value; undefined when nothing is saved or it could not be parsed. */
  value?: unknown;
  /** The raw text when it could not be parsed, so it can be kept aside instead of overwritten. */
  unreadable?: string;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // some privacy modes throw on access
  }
}

/** Reads JSON saved under a key; never throws. */
export function readLocal(key: string): LocalRead {
  const text = storage()?.getItem(key);
  if (text === null || text === undefined) return {};
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { unreadable: text };
  }
}

/** Saves JSON under a key; throws an Error in plain words when the browser refuses (full or blocked). */
export function writeLocal(key: string, value: unknown): void {
  const store = storage();
  if (!store) throw new Error('This browser does not let Dialed In save anything, so it is kept only until you close the tab.');
  try {
    store.setItem(key, JSON.stringify(value));
  } catch {
    throw new Error('The browser’s storage for this site is full, so this could not be saved. Export what you need, then remove something you no longer use.');
  }
}

/** Keeps unreadable saved text under a side key before the main key is written again, so nothing saved is lost. */
export function keepAside(key: string, text: string): void {
  try {
    storage()?.setItem(`${key}.unreadable`, text);
  } catch {
    // Nothing more can be done; the original stays in place because the caller does not overwrite on failure.
  }
}
