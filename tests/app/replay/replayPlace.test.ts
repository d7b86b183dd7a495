// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberReplayLine, savedReplayLine } from '../../../src/app/replay/replayPlace';

describe('replayPlace', () => {
  beforeEach(() => window.history.replaceState({ scrollKey: 'entry-1' }, ''));

  it('gives back the line a replay was left on, for the same call, keeping the entry’s scroll key', () => {
    rememberReplayLine('call-1', 7);
    expect(savedReplayLine('call-1', 9)).toBe(7);
    expect((window.history.state as { scrollKey: string }).scrollKey).toBe('entry-1');
  });

  it('starts another call’s replay, or one left on a line it no longer has, at the first line', () => {
    rememberReplayLine('call-1', 7);
    expect(savedReplayLine('call-2', 9)).toBe(0);
    expect(savedReplayLine('call-1', 5)).toBe(0);
    expect(savedReplayLine(undefined, 9)).toBe(0);
  });
});
