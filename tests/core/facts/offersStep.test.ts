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
});
