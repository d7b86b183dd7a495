import { describe, expect, it } from 'vitest';
import { findQuote, normalizeForQuote } from '../../../src/core/judge/findQuote';
import type { Turn } from '../../../src/core/transcript';

const turns: Turn[] = [
  { speaker: 'customer', text: 'Art speaking.' },
  { speaker: 'rep', text: 'Hi Art, it’s Sam — I’m calling about your plates: I have an update.' },
  { speaker: 'customer', text: 'Finally! When?' },
  { speaker: 'rep', text: 'I will collect them today and drop them off by 5 pm Thursday.' },
];

describe('findQuote', () => {
  it('finds a quote in the turn it names', () => {
    expect(findQuote('I will collect them today', 3, turns)).toEqual({ turn: 3, quote: 'I will collect them today' });
  });

  it('ignores case, quote marks, dashes and punctuation when matching', () => {
    expect(findQuote("it's Sam - I'm calling about your plates", 1, turns)).toEqual({ turn: 1, quote: "it's Sam - I'm calling about your plates" });
    expect(normalizeForQuote('  “Finally!”   When? ')).toBe('finally when');
  });

  it('corrects a wrong turn index to the turn that really holds the quote', () => {
    expect(findQuote('Finally! When?', 0, turns)).toEqual({ turn: 2, quote: 'Finally! When?' });
  });

  it('accepts an ellipsis for left-out words, in order only', () => {
    expect(findQuote('I will collect them … by 5 pm Thursday', 3, turns)?.turn).toBe(3);
    expect(findQuote('by 5 pm Thursday ... I will collect them', 3, turns)).toBeUndefined();
  });

  it('drops a quote that is not in the transcript', () => {
    expect(findQuote('I apologise for the delay', 3, turns)).toBeUndefined();
    expect(findQuote('The rep was excellent throughout', 1, turns)).toBeUndefined();
  });

  it('drops quotes too short to prove anything', () => {
    expect(findQuote('I', 3, turns)).toBeUndefined();
    expect(findQuote('...', 3, turns)).toBeUndefined();
  });

  it('survives an index outside the transcript', () => {
    expect(findQuote('Art speaking', 99, turns)).toEqual({ turn: 0, quote: 'Art speaking' });
  });
});
