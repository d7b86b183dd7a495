/** Per-text memo for a library's analysis, cleared between timed samples so no sample reuses another's parse. */
const caches: Map<string, unknown>[] = [];
const LIMIT = 5_000;
/** Analyses run and the time spent in them since the last clear: the library's own share of a sample. */
export const libraryWork = { parses: 0, ms: 0, analysed: [] as (() => unknown)[] };

export function memoByText<T>(analyse: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (text) => {
    let found = cache.get(text);
    if (found === undefined && !cache.has(text)) {
      if (cache.size >= LIMIT) cache.clear();
      const start = performance.now();
      found = analyse(text);
      libraryWork.ms += performance.now() - start;
      libraryWork.parses++;
      libraryWork.analysed.push(() => analyse(text));
      cache.set(text, found);
    }
    return found as T;
  };
}

/** Forgets every memoised analysis and resets the work counters. */
export function clearTextCaches(): void {
  for (const cache of caches) cache.clear();
  libraryWork.parses = 0;
  libraryWork.ms = 0;
  libraryWork.analysed = [];
}

/**
 * The library's own cost for the texts analysed since the last clear: each analysis rerun `times` times and its fastest
 * run kept, so time the process spent waiting for a busy core is left out.
 */
export function bestOfLibraryMs(times = 5): number {
  let total = 0;
  for (const rerun of libraryWork.analysed) {
    let best = Infinity;
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      rerun();
      best = Math.min(best, performance.now() - start);
    }
    total += best;
  }
  return total;
}
