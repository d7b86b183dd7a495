import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../src/core/language/normalizeText';
import { countedQuantities, savingAmounts } from '../../../src/core/language/quantities';

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

describe('savingAmounts', () => {
  it.each([
    ['you save about $480 a year', [480]],
    ['Essentials is $179 a month, and you’d save $840 a year from June', [840]],
    ['The $840 saving is only there until 25 May.', [840]],
    ['saving you 70 dollars a month', [70]],
    ['It costs $179 a month.', []],
  ])('reads %j as saving %j', (text, expected) => {
    expect(savingAmounts(normalizeText(text))).toEqual(expected);
  });
});
