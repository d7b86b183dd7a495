import { describe, expect, it } from 'vitest';
import { isMonologue, MONOLOGUE_WORDS } from '../../../src/core/facts/monologue';

describe('isMonologue', () => {
  it('lets an answer to what the customer asked run longer than an unasked speech', () => {
    expect(isMonologue(98, false)).toBe(true);
    expect(isMonologue(98, false, true)).toBe(false);
    expect(isMonologue(MONOLOGUE_WORDS.asked + 1, false, true)).toBe(true);
  });

  it('keeps a busy customer to the short limit even when they asked', () => {
    expect(isMonologue(MONOLOGUE_WORDS.busy + 1, true, true)).toBe(true);
  });

  it('holds an opening that ends by asking whether now suits a busy customer to the general limit', () => {
    expect(isMonologue(MONOLOGUE_WORDS.busy + 5, true, false, true)).toBe(false);
    expect(isMonologue(MONOLOGUE_WORDS.busy + 5, true, false, false)).toBe(true);
    expect(isMonologue(MONOLOGUE_WORDS.any + 1, true, false, true)).toBe(true);
  });
});
