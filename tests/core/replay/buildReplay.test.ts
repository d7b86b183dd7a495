import { describe, expect, it } from 'vitest';
import { buildReplay, stepToMistake } from '../../../src/core/replay/buildReplay';
import type { Report } from '../../../src/core/scoring/report';
import type { Transcript } from '../../../src/core/transcript';

const transcript: Transcript = {
  scenarioId: 'lease-follow-up',
  channel: 'call',
  turns: [
    { speaker: 'customer', text: 'Art speaking.' },
    { speaker: 'rep', text: 'Just checking in on the car!' },
    { speaker: 'customer', text: 'Fine.' },
    { speaker: 'rep', text: 'Know anyone else looking?' },
    { speaker: 'customer', text: 'No. Bye.' },
  ],
};

const report: Report = {
  scenarioId: 'lease-follow-up',
  overall: 20,
  principles: [],
  mistakes: [
    { turn: 3, principle: 'referral-timing', commentary: 'Too early.', betterLine: 'Later.' },
    { turn: 1, principle: 'purpose-first', commentary: 'No purpose.', betterLine: 'I am calling about your plates.' },
    { turn: 99, principle: 'next-step', commentary: 'No next step.', betterLine: 'Thursday at 10?' },
  ],
};

describe('buildReplay', () => {
  it('pins each mistake to its turn with the principle title and source article', () => {
    const replay = buildReplay(transcript, report);
    expect(replay.steps[1]?.mistakes[0]).toMatchObject({ principle: 'purpose-first', principleTitle: 'Lead with a purpose' });
    expect(replay.steps[1]?.mistakes[0]?.source).toContain('How’s it going?');
    expect(replay.steps[3]?.mistakes[0]?.principle).toBe('referral-timing');
  });

  it('puts a mistake whose turn is out of range on the last turn', () => {
    expect(buildReplay(transcript, report).steps[4]?.mistakes[0]?.principle).toBe('next-step');
  });

  it('lists the mistake turns in order', () => {
    expect(buildReplay(transcript, report).mistakeTurns).toEqual([1, 3, 4]);
  });

  it('shows a principle it does not know by its id instead of failing', () => {
    const odd = { ...report, mistakes: [{ turn: 1, principle: 'be-nice', commentary: '', betterLine: '' }] } as unknown as Report;
    expect(buildReplay(transcript, odd).steps[1]?.mistakes[0]?.principleTitle).toBe('be-nice');
  });
});

describe('stepToMistake', () => {
  const replay = buildReplay(transcript, report);
  it('moves to the next and previous mistake and stops at the ends', () => {
    expect(stepToMistake(replay, 0, 1)).toBe(1);
    expect(stepToMistake(replay, 1, 1)).toBe(3);
    expect(stepToMistake(replay, 3, -1)).toBe(1);
    expect(stepToMistake(replay, 1, -1)).toBeUndefined();
    expect(stepToMistake(replay, 4, 1)).toBeUndefined();
  });
});
