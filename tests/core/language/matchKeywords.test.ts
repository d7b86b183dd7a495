import { describe, expect, it } from 'vitest';
import { compileKeywords, inflect, matchingIds, matchKeywords } from '../../../src/core/language/matchKeywords';
import { normalizeText } from '../../../src/core/language/normalizeText';

const matches = (text: string, keywords: string[]) => matchKeywords(normalizeText(text), keywords);

describe('matchKeywords', () => {
  it.each([
    ['My plates have not arrived', ['plate']],
    ['The plate is missing', ['plates']],
    ['I quoted you on Tuesday', ['quote']],
    ['free oil changes', ['oil change']],
    ['we will change the oil for free', ['oil change']],
    ['the rules on fleet coverage change in June', ['rule change']],
    ['the oil-change', ['oil change']],
    ['The DMV called', ['DMV']],
    ["Kim's diary", ['Kim']],
    ['your licence plates', ['license plates']],
    ['the colour you wanted', ['color you wanted']],
    ['gloves', ['glove']],
    ['deliveries', ['delivery']],
  ])('finds %j for %j', (text, keywords) => {
    expect(matches(text, keywords)).toBe(true);
  });

  it.each([
    ['the platform is ready', ['plate']],
    ['a template', ['plate']],
    ['newer models', ['news']],
    ['give me a call back', ['call me']],
    ['carpet', ['car']],
    ['', ['plates']],
    ['plates', []],
  ])('does not find %j for %j', (text, keywords) => {
    expect(matches(text, keywords)).toBe(false);
  });

  it('lists the ids of matching items in their order', () => {
    const items = [
      { id: 'a', keywords: ['oil change'] },
      { id: 'b', keywords: ['plates'] },
      { id: 'c', keywords: ['demo'] },
    ];
    expect(matchingIds(normalizeText('Plates first, then your oil changes'), items)).toEqual(['a', 'b']);
  });

  it('compiles each keyword list once and treats regex characters literally', () => {
    const list = ['1.9%', 'a+b (c)'];
    expect(compileKeywords(list)).toBe(compileKeywords(list));
    expect(matches('the 1.9% rate', list)).toBe(true);
    expect(matches('the 119% rate', list)).toBe(false);
    expect(inflect('x')).toBe("x(?:s|es|'s)?");
  });
});
