/** A concept as one compiled pattern over normalized text, matched on word boundaries. */
export type PhraseSet = RegExp;

// \b (ASCII, as the flags are not unicode) is markedly faster than a lookbehind at the start of a big alternation.
const BEFORE = '\\b';
const AFTER = '(?![a-z0-9\\u00C0-\\uFFFF])';

/** Compiles regex sources (written for normalized, lower-case text) into one word-bounded pattern. */
export function phraseSet(...sources: string[]): PhraseSet {
  return new RegExp(`${BEFORE}(?:${sources.join('|')})${AFTER}`, 'g');
}

/** True when any phrase of the set occurs in the text. */
export function has(set: PhraseSet, text: string): boolean {
  set.lastIndex = 0;
  const found = set.test(text);
  set.lastIndex = 0;
  return found;
}

const NEGATION = /(?:^|\s)(?:not|never|no|hardly|barely|nobody|nothing|neither|nor|without)(?:\s+\S+){0,2}\s*$/;

/** True when a phrase of the set occurs without a negation in the three words before it ("not happy"). */
export function hasUnnegated(set: PhraseSet, text: string): boolean {
  set.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = set.exec(text)) !== null) {
    const span = text.slice(Math.max(0, match.index - 40), match.index);
    // A negation in an earlier sentence or clause does not reach this phrase.
    const before = span.slice(
      Math.max(span.lastIndexOf('.'), span.lastIndexOf('!'), span.lastIndexOf('?'), span.lastIndexOf(';'), span.lastIndexOf(','), span.lastIndexOf(' but ')) +
        1,
    );
    if (!NEGATION.test(before)) {
      set.lastIndex = 0;
      return true;
    }
    if (match[0].length === 0) set.lastIndex++;
  }
  set.lastIndex = 0;
  return false;
}

/** Index of the first match, or -1. */
export function firstIndex(set: PhraseSet, text: string): number {
  set.lastIndex = 0;
  const match = set.exec(text);
  set.lastIndex = 0;
  return match ? match.index : -1;
}
