import { describe, expect, it } from 'vitest';
import { describeRepTurn } from '../../../src/core/language/classifyRepTurn';
import { offersStep } from '../../../src/core/facts/offersStep';
import { loadScenario } from '../persona/personaFixtures';

const nadia = loadScenario('late-delivery');
const offers = (text: string) => offersStep(describeRepTurn(text, nadia), text);

describe('offersStep', () => {
  it.each([
    "I'll give you a bell Thursday about half nine to make sure they turned up alright.",
    "I'll try you after lunch tomorrow to check it all came.",
    'Can we touch base Monday at 10?',
  ])('reads a timed call in everyday words as a step: %j', (text) => {
    expect(offers(text)).toBe(true);
  });

  it.each(["Give us a bell whenever you're ready.", "I'll sort the credit, don't worry."])('does not read %j as a step', (text) => {
    expect(offers(text)).toBe(false);
  });

  it('does not read free as in no charge as a step: "your lease comes with free oil changes"', () => {
    const art = loadScenario('lease-follow-up');
    const text = 'Also, did anyone mention your lease comes with free oil changes for two years? No charge for those.';
    expect(offersStep(describeRepTurn(text, art), text)).toBe(false);
    expect(offersStep(describeRepTurn('Are you free Thursday at 10 for the oil change?', art), 'Are you free Thursday at 10 for the oil change?')).toBe(true);
  });
});
