import { describe, expect, it } from 'vitest';
import { readSavedCall } from '../../../src/app/call/readSavedCall';
import type { CallSession } from '../../../src/app/call/callState';
import { makeRecord } from '../history/recordFixtures';

const session: CallSession = {
  callId: 'call-1',
  scenarioId: 'busy-executive',
  scenarioTitle: 'The busy executive',
  channel: 'call',
  seed: 3,
  difficulty: 'medium',
  goal: 'Book the demo',
  personaKind: 'scripted',
  usedGuided: false,
  startedAt: '2026-04-14T10:00:00.000Z',
  connectedAt: 10,
  turns: [
    { speaker: 'customer', text: 'Wendy Park.', at: 0 },
    { speaker: 'rep', text: 'Hi Wendy, it is Sam.', at: 900 },
  ],
  beeped: false,
};

describe('reading a saved call on load', () => {
  it('restores a call that was going on, to be resumed', () => {
    expect(readSavedCall({ phase: 'responding', session })).toEqual({ value: { phase: 'interrupted', session }, problems: [] });
  });

  it.each([
    ['a null line', { ...session, turns: [session.turns[0], null] }, 'line 2 of the call is damaged'],
    ['a line without text', { ...session, turns: [{ speaker: 'rep' }] }, 'line 1 of the call is damaged'],
    ['lines that are not a list', { ...session, turns: 'hello' }, 'the lines of the call are missing'],
    ['a missing id', { ...session, callId: undefined }, 'the details of the call are damaged'],
    ['an unknown channel', { ...session, channel: 'fax' }, 'the details of the call are damaged'],
    ['a session that is not an object', 'call', 'the details of the call are damaged'],
  ])('does not restore a call with %s, and names the problem', (_what, damaged, problem) => {
    expect(readSavedCall({ phase: 'live', session: damaged })).toEqual({ value: { phase: 'idle' }, problems: [problem] });
  });

  it('keeps a finished call waiting to be saved', () => {
    const record = makeRecord(1);
    const read = readSavedCall({ phase: 'save-failed', session, pendingRecord: record });
    expect(read).toMatchObject({ value: { phase: 'saving', pendingRecord: record }, problems: [] });
  });

  it('scores an ended call again when the record waiting to be saved is damaged', () => {
    const ended = { ...session, endReason: 'rep-ended' };
    const read = readSavedCall({ phase: 'save-failed', session: ended, pendingRecord: { ...makeRecord(1), transcript: null } });
    expect(read).toEqual({ value: { phase: 'ending', session: ended }, problems: ['the finished call waiting to be saved is damaged'] });
  });

  it('offers a finished call for saving even when only the record survived', () => {
    const record = makeRecord(1);
    const read = readSavedCall({ phase: 'saving', session: { ...session, turns: [null] }, pendingRecord: record });
    expect(read).toMatchObject({ value: { phase: 'saving', pendingRecord: record, session: { callId: 'call-1', turns: record.transcript.turns } } });
  });

  it('drops damaged rules for the next call, naming them', () => {
    expect(readSavedCall({ phase: 'idle', plan: { scenarioId: 'lease-follow-up', mode: 'telepathy' } })).toEqual({
      value: { phase: 'idle' },
      problems: ['the rules set for the next call are damaged'],
    });
  });

  it('refuses what is not a saved call at all', () => {
    expect(readSavedCall(null)).toEqual({ unreadable: 'it is not a saved call' });
    expect(readSavedCall([])).toEqual({ unreadable: 'it is not a saved call' });
  });
});
