import { normalizeText } from './normalizeText';
import { has } from './phraseSet';

const DROPPED = new Set(['the', 'a', 'an', 'your', 'my', 'our', 'their', 'his', 'her', 'its', 'of']);
// Keywords containing these keep their word order ("call me" must not match "me a call").
const FUNCTION_WORDS = new Set([
  'me',
  'you',
  'us',
  'we',
  'i',
  'it',
  'my',
  'your',
  'the',
  'a',
  'an',
  'in',
  'on',
  'to',
  'by',
  'of',
  'for',
  'at',
  'back',
  'up',
  'off',
  'out',
  'is',
  'are',
  'be',
]);
const cache = new WeakMap<readonly string[], RegExp | null>();
const orderedCache = new WeakMap<readonly string[], RegExp | null>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex source for one word that also accepts its plural and simple inflections (plate, plates, plated). */
export function inflect(word: string): string {
  if (!/^[a-z]+$/.test(word)) return escape(word);
  let stem = word;
  if (word.length > 4) {
    if (word.endsWith('ies')) stem = word.slice(0, -3);
    else if (word.endsWith('ing') && word.length > 5) stem = word.slice(0, -3);
    else if (word.endsWith('ed')) stem = word.slice(0, -2);
    else if (/(?:ss|x|z|ch|sh)es$/.test(word)) stem = word.slice(0, -2);
    else if (word.endsWith('s') && !/(?:ss|us|is|ws)$/.test(word)) stem = word.slice(0, -1);
    else if (word.endsWith('e') || word.endsWith('y')) stem = word.slice(0, -1);
  }
  if (stem.length < 4) return `${escape(word)}(?:s|es|'s)?`;
  return `${escape(stem)}(?:e|es|s|ed|d|ing|y|ies|ied|'s|s')?`;
}

function keywordSource(keyword: string, ordered: boolean): string | null {
  // Split on spaces only, so "1.9%" and "a+b" stay whole; trim punctuation around each word.
  const words = normalizeText(keyword)
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}$£€]+|[^\p{L}\p{N}%+]+$/gu, ''))
    .filter((word) => word.length > 0);
  while (words.length > 1 && DROPPED.has(words[0]!)) words.shift();
  if (words.length === 0) return null;
  const parts = words.map(inflect);
  if (parts.length === 1) return parts[0]!;
  if (ordered) return parts.join('\\s+');
  if (parts.length === 2 && !words.some((word) => FUNCTION_WORDS.has(word))) {
    // Two-word topics also match reordered and split ("oil changes" / "change the oil", "rule change" / "rules ... change").
    const [a, b] = parts as [string, string];
    return `${a}(?:\\s+\\S+){0,3}?\\s+${b}|${b}(?:\\s+\\S+){0,3}?\\s+${a}`;
  }
  if (words.some((word) => FUNCTION_WORDS.has(word))) return parts.join('\\s+');
  return parts.join('(?:\\s+\\S+){0,2}?\\s+');
}

/**
 * Compiles a keyword list into one word-bounded, case-insensitive pattern; null when the list is empty. `ordered`
 * keeps each phrase's words side by side in their order (terms derived from examples); keywords may also reorder.
 */
export function compileKeywords(keywords: readonly string[], ordered = false): RegExp | null {
  const store = ordered ? orderedCache : cache;
  if (store.has(keywords)) return store.get(keywords) ?? null;
  const sources = keywords
    .map((keyword) => {
      const source = keywordSource(keyword, ordered);
      if (source === null) return null;
      // \b is fast but only works before a letter or digit; "$500" or "£99" need the lookbehind.
      return /^[a-z0-9]/.test(normalizeText(keyword)) ? `\\b(?:${source})` : `(?<![a-z0-9\\u00C0-\\uFFFF])(?:${source})`;
    })
    .filter((source): source is string => source !== null);
  // Longer alternatives first so "license plates" wins over "plates" in the same position.
  sources.sort((x, y) => y.length - x.length);
  const compiled = sources.length === 0 ? null : new RegExp(`(?:${sources.join('|')})(?![a-z0-9\\u00C0-\\uFFFF])`, 'g');
  store.set(keywords, compiled);
  return compiled;
}

/** True when the normalized text mentions any of the keywords (word boundaries, plurals and simple inflections). */
export function matchKeywords(normalized: string, keywords: readonly string[], ordered = false): boolean {
  const compiled = compileKeywords(keywords, ordered);
  return compiled !== null && has(compiled, normalized);
}

/** Ids of the items whose keywords the normalized text mentions, in the items' order. */
export function matchingIds(normalized: string, items: readonly { id: string; keywords: readonly string[] }[]): string[] {
  const ids: string[] = [];
  for (const item of items) if (matchKeywords(normalized, item.keywords)) ids.push(item.id);
  return ids;
}
