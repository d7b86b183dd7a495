import type { Evidence } from '../scoring/report';
import type { Turn } from '../transcript';

/** Text folded for quote matching: case, quote marks, dashes, punctuation and spacing do not count. */
export function normalizeForQuote(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛′`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shortest quote (normalized characters) worth believing; "ok" or "I" prove nothing. */
const MIN_QUOTE_CHARS = 4;

function containsInOrder(haystack: string, parts: readonly string[]): boolean {
  let from = 0;
  for (const part of parts) {
    const at = haystack.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

/**
 * Where a quote really occurs: in the turn it claims, else in the first turn that contains it.
 * An ellipsis may stand for omitted words. Undefined when the words are not in the transcript.
 */
export function findQuote(quote: string, claimedTurn: number, turns: readonly Turn[]): Evidence | undefined {
  const parts = quote
    .split(/\.{3}|…/)
    .map(normalizeForQuote)
    .filter((part) => part !== '');
  if (parts.join(' ').length < MIN_QUOTE_CHARS) return undefined;
  const matches = (index: number) => {
    const turn = turns[index];
    return turn !== undefined && containsInOrder(normalizeForQuote(turn.text), parts);
  };
  const turn = matches(claimedTurn) ? claimedTurn : turns.findIndex((_, index) => matches(index));
  return turn < 0 ? undefined : { turn, quote: quote.trim() };
}
