/** A seeded pseudo-random generator returning floats in [0, 1). */
export type Random = () => number;

/** 32-bit FNV-1a hash of a string, for deriving seeds from ids and text. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough for picking lines; never Math.random. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for one decision, derived from the call seed and labels, so that decisions do not depend on each other's order. */
export function randomFor(seed: number, ...labels: (string | number)[]): Random {
  return createRandom(hashString(`${seed}|${labels.join('|')}`));
}

/** One element of a non-empty list, chosen with `random`. */
export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick needs a non-empty list');
  return items[Math.floor(random() * items.length)] as T;
}

/** A shuffled copy of `items` (Fisher–Yates). */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
