import { describe, expect, it } from 'vitest';
import { pitchesProduct } from '../../../src/core/language/pitchesProduct';

describe('a product pitch', () => {
  it.each([
    "Let me tell you about our new reporting dashboard; I think you'd love it.",
    'Our latest release is a game changer for any office.',
    'Honestly, your team will love it.',
    'I can tell you a bit more about the software if you like.',
  ])('is heard in "%s"', (line) => {
    expect(pitchesProduct(line)).toBe(true);
  });

  it.each([
    'Could we put the demo in for Thursday the 23rd at 10?',
    "Wendy asked me to book her team's demo with you.",
    'It is the 45-minute hands-on session Priya set up for the team.',
  ])('is not heard in a line that arranges the agreed demo: "%s"', (line) => {
    expect(pitchesProduct(line)).toBe(false);
  });
});
