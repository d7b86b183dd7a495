import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/language/normalizeText';
import { countedQuantities } from '../../../src/core/language/quantities';

const counts = (text: string) => Object.fromEntries(countedQuantities(normalizeText(text)));

describe('countedQuantities', () => {
  it.each([
    ['How about forty cases a month?', { cases: [40] }],
    ['twenty-five cases, delivered monthly', { cases: [25] }],
    ['Fifty more cases locked in for a year', { cases: [50] }],
    ['about 1,200 pallets a year', { pallets: [1200] }],
    ['a hundred cases', { cases: [100] }],
  ])('reads %j as an order size', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each(['short on the 12 oz cartons', '8% off', '$179 a month', '4 logins', 'we spoke 2 weeks ago'])('finds no order size in %j', (text) => {
    expect(counts(text)).toEqual({});
  });
});
