import { describe, expect, it } from 'vitest';
import { namesTimedContact } from '../../../src/core/language/timedContact';

describe('namesTimedContact', () => {
  it.each([
    'I’ll try you again Thursday morning.',
    'Call me back before 1 tomorrow.',
    'I’ll give you another ring on Friday at ten.',
    'Let me have another go at reaching you Monday at 9.',
    'I’ll give you one more call tomorrow after lunch.',
  ])('ties the next contact to a time in %j', (text) => {
    expect(namesTimedContact(text)).toBe(true);
  });

  it.each([
    'Call me whenever you get a chance.',
    'The offer ends on the 30th. Give me a ring if you like.',
    'I’ll give you another try sometime.',
    // The car "has come in" is an arrival, and "1.9%" is one number, not the end of a clause.
    'The pearl blue Aria you were after has come in and the 1.9% finance is only till the 30th April. Call me back on 555 0142.',
  ])('finds no timed contact in %j', (text) => {
    expect(namesTimedContact(text)).toBe(false);
  });
});
