import { describe, expect, it } from 'vitest';
import { holdsUnsavedCall, isOpenCall } from '../../../src/core/call/callPhase';
import { callStage } from '../../../src/core/call/callStage';

describe('the stage a call screen shows', () => {
  it('rings until a greeting is heard, then talks', () => {
    expect(callStage('connecting', 0)).toBe('ringing');
    expect(callStage('connecting', 1)).toBe('talking');
    expect(callStage('live', 3)).toBe('talking');
    expect(callStage('responding', 2)).toBe('talking');
  });

  it('shows the ended panel from hanging up until the call is saved', () => {
    for (const phase of ['ending', 'saving', 'save-failed', 'finished'] as const) expect(callStage(phase, 4)).toBe('ended');
  });

  it('has its own stages for an interrupted call, a fault and no call', () => {
    expect(callStage('interrupted', 2)).toBe('interrupted');
    expect(callStage('fault', 2)).toBe('fault');
    expect(callStage('idle', 0)).toBe('none');
  });

  it('says which calls are still open and which hold an unsaved record', () => {
    expect(isOpenCall('idle')).toBe(false);
    expect(isOpenCall('finished')).toBe(false);
    expect(isOpenCall('save-failed')).toBe(true);
    expect(holdsUnsavedCall('save-failed', true)).toBe(true);
    expect(holdsUnsavedCall('save-failed', false)).toBe(false);
    expect(holdsUnsavedCall('finished', true)).toBe(false);
  });
});
