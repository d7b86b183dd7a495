// Stands in for src/core/language/matchKeywords.ts when NLP_KEYWORDS is set: keywords matched on lemmas, not `inflect`.
import * as regexMatcher from '../../src/core/language/matchKeywords';
import { normalizeText } from '../../src/core/language/normalizeText';
import { engine } from './selectedEngine';

export { inflect } from '../../src/core/language/matchKeywords';

const MODE = process.env.NLP_KEYWORDS;
if (MODE !== 'lemma' && MODE !== 'union') throw new Error(`NLP_KEYWORDS must be lemma or union, not ${MODE}`);

// The same word rules as the regex matcher, applied to lemmas ("be" is the lemma of is and are).
const DROPPED = new Set(['the', 'a', 'an', 'your', 'my', 'our', 'their', 'his', 'her', 'its', 'of']);
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
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function keywordSource(keyword: string): string | null {
  const words = engine
    .lemmaText(normalizeText(keyword))
    .split(' ')
    .filter((word) => word.length > 0 && !/^[.!?;]$/.test(word));
  while (words.length > 1 && DROPPED.has(words[0]!)) words.shift();
  if (words.length === 0) return null;
  const parts = words.map(escape);
  if (parts.length === 1) return parts[0]!;
  const ordered = words.some((word) => FUNCTION_WORDS.has(word));
  if (parts.length === 2 && !ordered) {
    const [a, b] = parts as [string, string];
    return `${a}(?: \\S+){0,3}? ${b}|${b}(?: \\S+){0,3}? ${a}`;
  }
  return ordered ? parts.join(' ') : parts.join('(?: \\S+){0,2}? ');
}

/** Keywords as one pattern over lemma text, whole tokens only. */
export function compileKeywords(keywords: readonly string[]): RegExp | null {
  if (cache.has(keywords)) return cache.get(keywords) ?? null;
  const sources = keywords.map(keywordSource).filter((source): source is string => source !== null);
  const compiled = sources.length === 0 ? null : new RegExp(`(?:^| )(?:${sources.join('|')})(?= |$)`);
  cache.set(keywords, compiled);
  return compiled;
}

export function matchKeywords(normalized: string, keywords: readonly string[]): boolean {
  const compiled = compileKeywords(keywords);
  if (compiled !== null && compiled.test(engine.lemmaText(normalized))) return true;
  return MODE === 'union' && regexMatcher.matchKeywords(normalized, keywords);
}

export function matchingIds(normalized: string, items: readonly { id: string; keywords: readonly string[] }[]): string[] {
  const ids: string[] = [];
  for (const item of items) if (matchKeywords(normalized, item.keywords)) ids.push(item.id);
  return ids;
}
