import { describe, expect, it } from 'vitest';
import type { CallPhase } from '../../../src/core/call/callPhase';
import { callTransition, canTransition, type CallEvent } from '../../../src/core/call/callTransition';

/** Runs events from a phase; throws at the first refusal so a path reads as one line. */
function run(from: CallPhase, ...events: CallEvent[]): CallPhase {
  return events.reduce((phase, event) => {
    const next = callTransition(phase, event);
    if (!next.ok) throw new Error(next.refused);
    return next.phase;
  }, from);
}

const dial: CallEvent = { type: 'dial', hasPendingRecord: false };
const ALL: CallPhase[] = ['idle', 'connecting', 'live', 'responding', 'fault', 'interrupted', 'ending', 'saving', 'save-failed', 'finished'];

describe('the call state machine', () => {
  it('dials, rings, is picked up, talks, ends, is scored and is saved', () => {
    expect(run('idle', dial)).toBe('connecting');
    expect(run('idle', dial, { type: 'pick-up' })).toBe('live');
    expect(run('idle', dial, { type: 'pick-up' }, { type: 'rep-line' })).toBe('responding');
    expect(run('idle', dial, { type: 'pick-up' }, { type: 'rep-line' }, { type: 'reply' })).toBe('live');
    expect(run('live', { type: 'hang-up', repSpoke: true })).toBe('ending');
    expect(run('ending', { type: 'scored' })).toBe('saving');
    expect(run('saving', { type: 'saved' })).toBe('finished');
    expect(run('finished', { type: 'clear' })).toBe('idle');
  });

  it('ends a call the customer ends while speaking, or on picking up', () => {
    expect(run('responding', { type: 'end' })).toBe('ending');
    expect(run('connecting', { type: 'end' })).toBe('ending');
  });

  it('drops a call hung up before the rep said a word instead of scoring it', () => {
    expect(run('connecting', { type: 'hang-up', repSpoke: false })).toBe('idle');
    expect(run('live', { type: 'hang-up', repSpoke: false })).toBe('idle');
    expect(run('ending', { type: 'drop' })).toBe('idle');
  });

  it('refuses a rep line unless it is the rep’s turn', () => {
    for (const phase of ALL.filter((p) => p !== 'live')) expect(canTransition(phase, { type: 'rep-line' })).toBe(false);
  });

  it('refuses an illegal event with a sentence and leaves the phase as it was', () => {
    expect(callTransition('idle', { type: 'saved' })).toEqual({ ok: false, phase: 'idle', refused: 'A call cannot take "saved" while idle.' });
    expect(callTransition('finished', { type: 'hang-up', repSpoke: true })).toMatchObject({ ok: false, phase: 'finished' });
    expect(callTransition('ending', { type: 'hang-up', repSpoke: true }).ok).toBe(false);
    expect(callTransition('saving', { type: 'hang-up', repSpoke: true }).ok).toBe(false);
  });

  it('does not dial over a finished call that still waits to be saved', () => {
    expect(callTransition('save-failed', { type: 'dial', hasPendingRecord: true }).ok).toBe(false);
    expect(callTransition('saving', { type: 'dial', hasPendingRecord: true }).ok).toBe(false);
    // Scoring failed, so there is no record to lose: a new call may start.
    expect(run('save-failed', dial)).toBe('connecting');
    expect(run('finished', { type: 'dial', hasPendingRecord: true })).toBe('connecting');
  });

  it('faults when the customer cannot answer, then retries, carries on or rings again', () => {
    expect(run('responding', { type: 'fault' })).toBe('fault');
    expect(run('fault', { type: 'ask-again' })).toBe('responding');
    expect(run('fault', { type: 'carry-on' })).toBe('live');
    expect(run('fault', { type: 'ring' })).toBe('connecting');
    expect(callTransition('ending', { type: 'fault' }).ok).toBe(false);
  });

  it('keeps a reply cut off mid-stream and lets the rep ask again', () => {
    expect(run('responding', { type: 'reply' }, { type: 'ask-again' }, { type: 'reply' })).toBe('live');
  });

  it('interrupts an ongoing call on reload and resumes it where it stood', () => {
    for (const phase of ['connecting', 'live', 'responding', 'fault'] as const) expect(run(phase, { type: 'interrupt' })).toBe('interrupted');
    expect(run('interrupted', { type: 'ring' })).toBe('connecting');
    expect(run('interrupted', { type: 'ask-again' })).toBe('responding');
    expect(run('interrupted', { type: 'carry-on' })).toBe('live');
    for (const phase of ['idle', 'ending', 'saving', 'save-failed', 'finished'] as const) expect(canTransition(phase, { type: 'interrupt' })).toBe(false);
  });

  it('retries a failed save, and scores again when scoring itself failed', () => {
    expect(run('saving', { type: 'save-failed' }, { type: 'scored' }, { type: 'saved' })).toBe('finished');
    expect(run('ending', { type: 'score-failed' }, { type: 'end' }, { type: 'scored' })).toBe('saving');
  });

  it('lets a voicemail greeting play and the beep sound before the rep speaks', () => {
    // The greeting arrives while still connecting; the beep is not a phase, the pick-up after it is.
    expect(run('connecting', { type: 'pick-up' }, { type: 'rep-line' }, { type: 'end' })).toBe('ending');
  });

  it('can always throw a call away or clear it', () => {
    for (const phase of ALL) {
      expect(run(phase, { type: 'drop' })).toBe('idle');
      expect(run(phase, { type: 'clear' })).toBe('idle');
    }
  });
});
