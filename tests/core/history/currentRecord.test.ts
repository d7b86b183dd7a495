import { describe, expect, it } from 'vitest';
import { currentRecord } from '../../../src/core/history/currentRecord';
import { restoreThroughSchema } from '../../../src/core/history/restoreHistory';
import { makeRecord } from '../../app/history/recordFixtures';

const noRescore = () => undefined;

describe('currentRecord', () => {
  it('accepts a current-format call exactly as the core restore would return it', () => {
    const record = makeRecord(1, { assignmentId: 'week-1' });
    expect(currentRecord(record)).toEqual(restoreThroughSchema(record, noRescore).record);
  });

  it('keeps the link from a retry to the call it branched off, as the core restore does', () => {
    const record = { ...makeRecord(2), retryOf: { recordId: 'call-1', turn: 3 } };
    expect(currentRecord(record)?.retryOf).toEqual({ recordId: 'call-1', turn: 3 });
    expect(currentRecord(record)).toEqual(restoreThroughSchema(record, noRescore).record);
  });

  it('restores a call whose link to its parent is damaged, without the link', () => {
    const raw = { ...makeRecord(2), retryOf: { recordId: '', turn: -1 } };
    expect(currentRecord(raw)).toBeUndefined();
    const restored = restoreThroughSchema(raw, noRescore).record;
    expect(restored?.id).toBe(makeRecord(2).id);
    expect(restored?.retryOf).toBeUndefined();
  });

  it('keeps which lines the assistant said, and still reads a call saved before there was an assistant', () => {
    const record = makeRecord(1);
    const withKim = {
      ...record,
      transcript: {
        ...record.transcript,
        turns: [{ speaker: 'customer' as const, text: 'Kim speaking.', party: 'gatekeeper' as const }, ...record.transcript.turns],
      },
    };
    expect(currentRecord(withKim)?.transcript.turns[0]).toEqual({ speaker: 'customer', text: 'Kim speaking.', party: 'gatekeeper' });
    expect(record.transcript.turns.every((turn) => !('party' in turn))).toBe(true);
    expect(currentRecord(record)).toEqual(restoreThroughSchema(record, noRescore).record);
  });

  it('drops unknown top-level keys like the core restore', () => {
    const raw = { ...makeRecord(1), extra: 'x' };
    expect(currentRecord(raw)).toEqual(restoreThroughSchema(raw, noRescore).record);
  });

  const damaged: [string, unknown][] = [
    ['an old version', { ...makeRecord(1), version: 1 }],
    ['an empty id', { ...makeRecord(1), id: '' }],
    ['a numeric id', { ...makeRecord(1), id: 7 }],
    ['an unknown persona kind', { ...makeRecord(1), personaKind: 'robot' }],
    ['a turn with an unknown speaker', { ...makeRecord(1), transcript: { ...makeRecord(1).transcript, turns: [{ speaker: 'boss', text: 'hi' }] } }],
    ['a turn time below zero', { ...makeRecord(1), transcript: { ...makeRecord(1).transcript, turns: [{ speaker: 'rep', text: 'hi', at: -1 }] } }],
    ['a score above 100', { ...makeRecord(1), report: { ...makeRecord(1).report, overall: 140 } }],
    ['a score that is not a number', { ...makeRecord(1), report: { ...makeRecord(1).report, overall: Number.NaN } }],
    [
      'evidence that is not a list',
      { ...makeRecord(1), report: { ...makeRecord(1).report, principles: [{ id: 'persist', verdict: 'met', score: 80, evidence: 'x' }] } },
    ],
    ['a missing report', { ...makeRecord(1), report: undefined }],
    ['an assignment id that is not text', { ...makeRecord(1), assignmentId: 3 }],
  ];
  it.each(damaged)('leaves a call with %s to the core restore', (_name, raw) => {
    expect(currentRecord(raw)).toBeUndefined();
  });
});
