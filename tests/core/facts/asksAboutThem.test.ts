import { describe, expect, it } from 'vitest';
import { asksAboutThem } from '../../../src/core/facts/asksAboutThem';
import { describeRepTurn } from '../../../src/core/language/classifyRepTurn';

const asks = (text: string) => asksAboutThem(describeRepTurn(text));

describe('asksAboutThem', () => {
  it('is a question about the customer’s own situation', () => {
    expect(asks('When are you normally free?')).toBe(true);
    expect(asks('What’s your timeline for deciding?')).toBe(true);
  });

  it('is not a time put to them, a referral ask or a statement', () => {
    expect(asks('How about Saturday at 10?')).toBe(false);
    expect(asks('Do you know anyone else who’s looking for a car?')).toBe(false);
    expect(asks('Your plates are ready.')).toBe(false);
  });
});
