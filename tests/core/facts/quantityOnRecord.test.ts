import { describe, expect, it } from 'vitest';
import { addCustomerCounts, inflatesQuantity, misstatesSaving, quantitiesOnRecord } from '../../../src/core/facts/quantityOnRecord';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { loadScenario } from '../persona/personaFixtures';
import { callFromLines, verdictOf } from '../scoring/callFromLines';

const lena = loadScenario('third-call');

describe('quantitiesOnRecord', () => {
  it('reads the order sizes the notes give', () => {
    expect(quantitiesOnRecord(lena).get('cases')).toEqual(expect.arrayContaining([10, 20]));
    expect(quantitiesOnRecord(loadScenario('quote-follow-up')).get('pallets')).toEqual([22]);
  });
});

describe('inflatesQuantity', () => {
  it.each(['Could we set you up on forty cases a month?', 'Fifty cases, locked in for twelve months.', 'Thirty cases would really help my numbers.'])(
    'finds %j well above the twenty a month on file',
    (line) => {
      expect(inflatesQuantity(lena, line)).toBe(true);
    },
  );

  it.each(['Twenty cases a month, from Monday?', 'I’ll send two cases of medium on Thursday.', 'Say twenty-two cases, to be safe?'])(
    'finds %j in line with the file',
    (line) => {
      expect(inflatesQuantity(lena, line)).toBe(false);
    },
  );

  it('takes a figure the customer gave in the call as known', () => {
    const said = new Map<string, number[]>();
    addCustomerCounts(lena, said, 'With the new room we will need about thirty cases a month.');
    expect(inflatesQuantity(lena, 'Thirty cases a month, then?', said)).toBe(false);
  });

  it('finds nothing to inflate where the notes count nothing', () => {
    expect(inflatesQuantity(loadScenario('busy-executive'), 'Forty cases, then?')).toBe(false);
  });
});

describe('know-the-history with an order sized to the rep', () => {
  const call = (offer: string) =>
    callFromLines('third-call', [
      'Lena Ortiz.',
      'Hi Lena, Chris at BrightCare. You reorder medium gloves every two weeks, so I wanted to talk about a standing order.',
      'OK, go on.',
      offer,
    ]);
  it('is missed when the rep pushes an order twice her usage on file', () => {
    expect(verdictOf(scoreTranscript(lena, call('If you commit to forty cases a month you get 8% off.')), 'know-the-history')).toBe('missed');
  });

  it('is met when the order is sized to her usage', () => {
    expect(verdictOf(scoreTranscript(lena, call('At twenty cases a month you get 8% off and free delivery.')), 'know-the-history')).toBe('met');
  });
});

describe('misstatesSaving', () => {
  const maureen = loadScenario('happy-renewal');
  it('finds a saving the file does not give', () => {
    expect(misstatesSaving(maureen, 'Essentials is enough for you, you save about $480 a year.')).toBe(true);
  });

  it.each(['You’d save $840 a year.', 'That’s saving you about $70 a month.', 'Roughly $850 a year saved.'])('accepts %j as the saving on file', (line) => {
    expect(misstatesSaving(maureen, line)).toBe(false);
  });

  it('finds nothing to misstate where the notes give no saving', () => {
    expect(misstatesSaving(lena, 'You’d save $500 a year.')).toBe(false);
  });
});
