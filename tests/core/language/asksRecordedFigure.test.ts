import { describe, expect, it } from 'vitest';
import { asksRecordedFigure } from '../../../src/core/language/asksRecordedFigure';
import { normalizeText } from '../../../src/core/language/normalizeText';
import { loadScenario } from '../persona/personaFixtures';

const thirdCall = loadScenario('third-call');
const asks = (text: string) => asksRecordedFigure(normalizeText(text), thirdCall);

describe('asksRecordedFigure', () => {
  it.each(['So how many gloves are you guys going through these days?', 'how often do u reorder?', 'What size gloves do your nurses use?'])(
    'reads %j as asking for a figure the account record already holds',
    (text) => expect(asks(text)).toBe(true),
  );

  it.each([
    'How many cases would you want on the standing order?',
    'Do you see your usage going up at all?',
    'How many patients do you see on a Monday?',
    'You go through about 20 cases a month, how does a standing order of 20 sound?',
  ])('does not read %j as asking for what is on record', (text) => expect(asks(text)).toBe(false));
});
