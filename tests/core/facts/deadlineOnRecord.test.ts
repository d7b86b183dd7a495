import { describe, expect, it } from 'vitest';
import { contradictsDeadline, deadlinesOnRecord } from '../../../src/core/facts/deadlineOnRecord';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { loadScenario } from '../persona/personaFixtures';
import { callFromLines, verdictOf } from '../scoring/callFromLines';

const dana = loadScenario('not-now-shopper');

describe('deadlinesOnRecord', () => {
  it('reads the dated end of an offer from the notes, and nothing from notes that date no offer', () => {
    expect(deadlinesOnRecord(dana).some((d) => d.days.includes(30) && d.months.includes('april'))).toBe(true);
    expect(deadlinesOnRecord(loadScenario('happy-renewal')).some((d) => d.days.includes(25) && d.months.includes('may'))).toBe(true);
    // The plates were promised by 16 March: a date on file, but not an offer's end.
    expect(deadlinesOnRecord(loadScenario('lease-follow-up'))).toEqual([]);
    expect(deadlinesOnRecord(loadScenario('quote-follow-up'))).toEqual([]);
  });
});

describe('contradictsDeadline', () => {
  it.each([
    "that 1.9% financin' is endin' this week, could be gone tomorrow",
    'Thing is, they’re pulling the 1.9% finance at the weekend.',
    'The financing deal goes away after this weekend, so I need a deposit tonight.',
    'Honestly the rate’s only good till 5 today.',
  ])('finds %j contradicts a financing offer on file until 30 April', (line) => {
    expect(contradictsDeadline(dana, line)).toBe(true);
  });

  it.each([
    'The 1.9% finance ends 30 April, so no rush, but worth knowing.',
    'the 1.9% financing i quoted you is still on till the 30th',
    'The rate runs out at the end of the month. Could you come Saturday at ten?',
    'Honestly I think the car will be gone by tonight.',
    'Could you come in Saturday to see it?',
  ])('does not find %j contradicts the file', (line) => {
    expect(contradictsDeadline(dana, line)).toBe(false);
  });

  it('finds nothing to contradict where the notes date no offer', () => {
    expect(contradictsDeadline(loadScenario('quote-follow-up'), 'I can only hold the $2,150 rate till end of day today.')).toBe(false);
  });
});

describe('know-the-history with an invented deadline', () => {
  const lines = (push: string) => [
    'Hello, Dana speaking.',
    'Hi Dana, Alex at Harbour Motors. The Pearl Blue Aria you wanted came in this morning.',
    'Oh nice. I’m not ready to buy yet though.',
    push,
  ];
  it('is missed when the rep moves the financing deadline on file to this weekend', () => {
    const call = callFromLines('not-now-shopper', lines('Sure, but the 1.9% financing goes away after this weekend, so you’d want to move now.'));
    expect(verdictOf(scoreTranscript(dana, call), 'know-the-history')).toBe('missed');
  });

  it('is met when the rep gives the deadline on file', () => {
    const call = callFromLines(
      'not-now-shopper',
      lines('Sure, no rush. The 1.9% financing runs until the 30th, so could you pop in Saturday at ten to see it?'),
    );
    expect(verdictOf(scoreTranscript(dana, call), 'know-the-history')).toBe('met');
  });
});
