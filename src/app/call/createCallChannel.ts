/** Announcements from the call store to one listener that may start later (team mode starts after the first paint). */
export interface CallChannel<T> {
  /** Tells the listener; before there is one, keeps the first few for it. */
  announce(value: T): void;
  /** Listens, starting with what was announced before. */
  listen(next: (value: T) => void): void;
}

/** A channel that keeps at most `keep` announcements made before anyone listened. */
export function createCallChannel<T>(keep = 20): CallChannel<T> {
  let listener: ((value: T) => void) | undefined;
  const early: T[] = [];
  return {
    announce(value) {
      if (listener) listener(value);
      else if (early.length < keep) early.push(value);
    },
    listen(next) {
      listener = next;
      for (const value of early.splice(0)) next(value);
    },
  };
}
