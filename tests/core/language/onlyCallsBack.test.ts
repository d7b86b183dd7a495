import { describe, expect, it } from 'vitest';
import { onlyCallsBack } from '../../../src/core/language/issuePhrases';
import { normalizeText } from '../../../src/core/language/normalizeText';

const bare = (text: string) => onlyCallsBack(normalizeText(text), ['art', 'mitchell']);

describe('onlyCallsBack', () => {
  it.each(["OK, I'll call you Friday then.", 'Right, sorry about that, let me ring you back tomorrow.', "I'll give you a bell Thursday morning, Art."])(
    'reads %j as a promise only to call again',
    (text) => {
      expect(bare(text)).toBe(true);
    },
  );

  it.each([
    "I'll ring you back by 4 with a date for the plates.",
    "I'm collecting them Tuesday morning; I'll call you by twelve once they're in my hands.",
    "We'll check the light Saturday, no charge, and I'll call you before anyone touches it.",
    'Thanks for your time, speak soon.',
  ])('does not read %j as only a callback', (text) => {
    expect(bare(text)).toBe(false);
  });
});
