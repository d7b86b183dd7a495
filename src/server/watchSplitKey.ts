// A streamed reply could spell the key across several pieces, each harmless alone; this holds back
// pieces while they could be the start of the key, and says when the key is complete.

/** What to do with a streamed piece of reply text. */
export type KeyWatchVerdict = 'pass' | 'hold' | 'key';

/** Shorter starts are let through: "sk-" and the like say nothing and are common in text. */
const MIN_HELD_PREFIX = 6;

/** Watches the reply text as it streams; `see` takes each new piece of text, in order. */
export function watchSplitKey(key: string): { see(text: string): KeyWatchVerdict } {
  let tail = '';
  const shortest = Math.min(MIN_HELD_PREFIX, key.length - 1);
  return {
    see(text) {
      tail = (tail + text).slice(-(key.length * 2));
      if (tail.includes(key)) return 'key';
      for (let n = Math.min(key.length - 1, tail.length); n >= shortest && n > 0; n--) {
        if (key.startsWith(tail.slice(-n))) return 'hold';
      }
      return 'pass';
    },
  };
}
