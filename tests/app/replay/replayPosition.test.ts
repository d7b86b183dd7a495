import { describe, expect, it } from 'vitest';
import { buildReplay } from '../../../src/core/replay/buildReplay';
import type { Report } from '../../../src/core/scoring/report';
import type { Transcript } from '../../../src/core/transcript';
import { commandForKey, describeMistakePosition, describeMistakeTotals, mistakeOrdinal, moveReplay } from '../../../src/app/replay/replayPosition';

const transcript: Transcript = {
  scenarioId: 'busy-executive',
  channel: 'call',
  turns: [
    { speaker: 'customer', text: 'Wendy Park.' },
    { speaker: 'rep', text: 'Just checking in.' },
    { speaker: 'customer', text: 'Why are you calling?' },
    { speaker: 'rep', text: 'To see how things are.' },
    { speaker: 'customer', text: 'Bye.' },
  ],
};
const report: Report = {
  scenarioId: 'busy-executive',
  overall: 10,
  principles: [],
  mistakes: [
    { turn: 1, principle: 'purpose-first', commentary: 'No reason.', betterLine: 'I am calling about the demo.' },
    { turn: 3, principle: 'respect-time', commentary: 'Wasted time.', betterLine: 'Two minutes?' },
  ],
};
const replay = buildReplay(transcript, report);

describe('moving through a replay', () => {
  it('steps turn by turn and stops at either end', () => {
    expect(moveReplay(replay, 0, 'next-turn')).toBe(1);
    expect(moveReplay(replay, 4, 'next-turn')).toBe(4);
    expect(moveReplay(replay, 0, 'previous-turn')).toBe(0);
    expect(moveReplay(replay, 2, 'first')).toBe(0);
    expect(moveReplay(replay, 2, 'last')).toBe(4);
  });

  it('jumps between mistakes and stays put when there is none further', () => {
    expect(moveReplay(replay, 0, 'next-mistake')).toBe(1);
    expect(moveReplay(replay, 1, 'next-mistake')).toBe(3);
    expect(moveReplay(replay, 3, 'next-mistake')).toBe(3);
    expect(moveReplay(replay, 4, 'previous-mistake')).toBe(3);
    expect(moveReplay(replay, 1, 'previous-mistake')).toBe(1);
  });

  it('numbers the mistake turns from one', () => {
    expect(mistakeOrdinal(replay, 3)).toBe(2);
    expect(mistakeOrdinal(replay, 2)).toBeUndefined();
  });

  it('counts mistakes the same way in the header and the navigator, even when one turn carries several', () => {
    const crowded = buildReplay(transcript, {
      ...report,
      mistakes: [...report.mistakes, { turn: 1, principle: 'respect-time', commentary: 'Long.', betterLine: 'Two minutes?' }],
    });
    expect(describeMistakeTotals(crowded)).toBe('3 mistakes on 2 lines');
    expect(describeMistakePosition(crowded, 1)).toBe('mistakes 1–2 of 3');
    expect(describeMistakePosition(crowded, 3)).toBe('mistake 3 of 3');
    expect(describeMistakePosition(crowded, 2)).toBeUndefined();
    expect(describeMistakeTotals(buildReplay(transcript, { ...report, mistakes: [] }))).toBe('no mistakes: a clean call');
  });

  it('maps arrows and space to commands', () => {
    expect(commandForKey('ArrowRight')).toBe('next-turn');
    expect(commandForKey('ArrowLeft')).toBe('previous-turn');
    expect(commandForKey('ArrowDown')).toBe('next-mistake');
    expect(commandForKey('ArrowUp')).toBe('previous-mistake');
    expect(commandForKey(' ')).toBe('toggle-play');
    expect(commandForKey('a')).toBeUndefined();
  });
});
