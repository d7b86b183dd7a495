import { stepToMistake, type Replay } from '../../core/replay';

/** A replay command, from a button or a key. */
export type ReplayCommand = 'next-turn' | 'previous-turn' | 'next-mistake' | 'previous-mistake' | 'first' | 'last';

/** The turn a command moves to from `current`; unchanged at either end. */
export function moveReplay(replay: Replay, current: number, command: ReplayCommand): number {
  const last = Math.max(0, replay.steps.length - 1);
  switch (command) {
    case 'next-turn':
      return Math.min(last, current + 1);
    case 'previous-turn':
      return Math.max(0, current - 1);
    case 'next-mistake':
      return stepToMistake(replay, current, 1) ?? current;
    case 'previous-mistake':
      return stepToMistake(replay, current, -1) ?? current;
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}

/** The command for a key press on the replay screen, if any. */
export function commandForKey(key: string): ReplayCommand | 'toggle-play' | undefined {
  switch (key) {
    case 'ArrowRight':
      return 'next-turn';
    case 'ArrowLeft':
      return 'previous-turn';
    case 'ArrowDown':
      return 'next-mistake';
    case 'ArrowUp':
      return 'previous-mistake';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case ' ':
    case 'Spacebar':
      return 'toggle-play';
    default:
      return undefined;
  }
}

/** Which mistake (1-based) of how many the current turn is, for "Mistake 2 of 3". */
export function mistakeOrdinal(replay: Replay, current: number): number | undefined {
  const index = replay.mistakeTurns.indexOf(current);
  return index === -1 ? undefined : index + 1;
}

/** How many mistakes the whole call has. */
export function mistakeCount(replay: Replay): number {
  return replay.steps.reduce((sum, step) => sum + step.mistakes.length, 0);
}

/**
 * Where the current turn's mistakes sit among all of the call's mistakes, counted the same way as the
 * header ("3 mistakes on 1 line" → "mistakes 1–3 of 3"), or undefined on a turn without one.
 */
export function describeMistakePosition(replay: Replay, current: number): string | undefined {
  const here = replay.steps[current]?.mistakes.length ?? 0;
  if (here === 0) return undefined;
  const before = replay.steps.slice(0, current).reduce((sum, step) => sum + step.mistakes.length, 0);
  const total = mistakeCount(replay);
  return here === 1 ? `mistake ${before + 1} of ${total}` : `mistakes ${before + 1}–${before + here} of ${total}`;
}

/** The replay header's count: "2 mistakes on 1 line", or the clean-call wording. */
export function describeMistakeTotals(replay: Replay): string {
  const total = mistakeCount(replay);
  const turns = replay.mistakeTurns.length;
  if (total === 0) return 'no mistakes: a clean call';
  return `${total} mistake${total === 1 ? '' : 's'} on ${turns} line${turns === 1 ? '' : 's'}`;
}
