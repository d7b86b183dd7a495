import { describe, expect, it } from 'vitest';
import { countWords, MAX_ANALYSED_CHARS, normalizeText } from '../../../src/core/language/normalizeText';

describe('normalizeText', () => {
  it.each([
    ["I'm calling about your plates", 'i am calling about your plates'],
    ['I’ll ring you tomorrow', 'i will ring you tomorrow'],
    ["We won't, can't and don't", 'we will not, can not and do not'],
    ["What's up? How's everything?", 'what is up? how is everything?'],
    ["Tomorrow at eight's fine", 'tomorrow at eight is fine'],
    ["The car's been great", 'the car has been great'],
    ['Let’s book it', 'let us book it'],
    ['<b>Hello</b>&nbsp;there &amp; you', 'hello there & you'],
    ['A follow-up call — by e-mail', 'a follow up call - by email'],
    ['The colour of the licence', 'the color of the license'],
    ['u ok? thx', 'you ok? thanks'],
    ["Just checkin' in, still thinkin' 'bout it 'cause", 'just checking in, still thinking about it because'],
    ['  lots   of\n\tspace  ', 'lots of space'],
  ])('folds %j to %j', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it('folds accents, so “cafés” reads as “cafes”', () => {
    expect(normalizeText('Any other cafés you know? Naïve of me.')).toBe('any other cafes you know? naive of me.');
  });

  it('folds everyday misspellings of days and of the verbs a promise turns on', () => {
    expect(normalizeText("I'll colect them tomorow, or thrusday at the latest")).toBe('i will collect them tomorrow, or thursday at the latest');
  });

  it('reads "fri" as Friday, and "sat", "mon", "wed" and "sun" as days only before a time', () => {
    expect(normalizeText('fri 8am, done')).toBe('friday 8am, done');
    expect(normalizeText('sat 10 or wed morning?')).toBe('saturday 10 or wednesday morning?');
    expect(normalizeText('I sat down with the sun out')).toBe('i sat down with the sun out');
  });

  it('restores dropped g’s typed without the apostrophe', () => {
    expect(normalizeText('u know anyone lookin for a car? how ya gettin on, nothin much')).toBe(
      'you know anyone looking for a car? how you getting on, nothing much',
    );
  });

  it('keeps possessives that are not "is"', () => {
    expect(normalizeText("Kim's calendar")).toBe("kim's calendar");
    expect(normalizeText("They're going on Wednesday's late van, today's late drop")).toBe("they are going on wednesday's late van, today's late drop");
    expect(normalizeText("The car's ready")).toBe('the car is ready');
  });

  it('never throws on odd input and reads a bounded prefix', () => {
    for (const input of [undefined, null, 42, {}, '\uD800', '🙂'.repeat(50_000), 'مرحبا بك', '<script>alert(1)</script>']) {
      expect(() => normalizeText(input)).not.toThrow();
    }
    expect(normalizeText('a '.repeat(100_000)).length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });

  it('does not let prototype names through the word map', () => {
    expect(normalizeText('constructor toString __proto__')).toBe('constructor tostring __proto__');
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Hi Art, it is Sam.', 5],
    ['— … 🙂 🙂', 0],
    ['Café déjà vu', 3],
    ['مرحبا بك', 2],
    ['10:30 tomorrow', 2],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it('counts a 100,000-character turn without trouble', () => {
    expect(countWords('word '.repeat(20_000))).toBe(20_000);
  });
});
