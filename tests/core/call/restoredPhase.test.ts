import { describe, expect, it } from 'vitest';
import { restoredPhase } from '../../../src/core/call/restoredPhase';

const session = { hasSession: true, hasPendingRecord: false, ended: false };

describe('the phase a reload restores', () => {
  it('waits to save a finished call whatever phase was saved', () => {
    expect(restoredPhase('live', { ...session, hasPendingRecord: true })).toBe('saving');
    expect(restoredPhase(undefined, { hasSession: false, hasPendingRecord: true, ended: false })).toBe('saving');
  });

  it('interrupts an ongoing call so the trainee can resume it', () => {
    for (const phase of ['connecting', 'live', 'responding', 'fault', 'interrupted']) expect(restoredPhase(phase, session)).toBe('interrupted');
  });

  it('scores again a call that ended but was not saved', () => {
    expect(restoredPhase('save-failed', { ...session, ended: true })).toBe('ending');
    expect(restoredPhase('ending', session)).toBe('idle');
  });

  it('restores nothing without a session or from an unknown phase', () => {
    expect(restoredPhase('live', { ...session, hasSession: false })).toBe('idle');
    expect(restoredPhase('dancing', session)).toBe('idle');
  });
});
