import { describe, expect, it } from 'vitest';
import { picksOption } from '../../../src/core/language/picksOption';

const offer = 'Would you prefer your first delivery on the first or the fifteenth of the month?';

describe('picksOption', () => {
  it.each(['...The first, I suppose. Twenty cases.', 'the fifteenth', 'OK, the first then.'])('reads %j as taking one of the options offered', (reply) => {
    expect(picksOption(offer, reply)).toBe(true);
  });

  it.each(['Neither, to be honest.', 'The first? Why the rush?', 'Tuesday would suit me better.'])('does not read %j as a pick', (reply) => {
    expect(picksOption(offer, reply)).toBe(false);
  });

  it('needs an either/or offer to pick from', () => {
    expect(picksOption('Shall I book the first of the month?', 'The first.')).toBe(false);
  });
});
