import { describe, expect, it } from 'vitest';
import { buildCallRecord } from '../../../src/core/call/buildCallRecord';
import { continueFrom } from '../../../src/core/call/continueFrom';
import { retryFrom } from '../../../src/core/call/retryFrom';
import { retrySession } from '../../../src/core/call/retrySession';
import { transcriptOf } from '../../../src/core/call/transcriptOf';
import type { CallRecord } from '../../../src/core/history/callRecord';
import { createScriptedPersona } from '../../../src/core/persona/createScriptedPersona';
import { playLines } from '../../../src/core/persona/playLines';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { linesFor, loadScenario } from '../persona/personaFixtures';

const lease = loadScenario('lease-follow-up');
const start = { callId: 'retry-1', startedAt: '2026-12-04T10:00:00.000Z' };

async function playedRecord(personaKind: 'scripted' | 'llm' = 'scripted'): Promise<CallRecord> {
  const options = { seed: 9, difficulty: lease.difficulty };
  const { transcript } = await playLines(lease, createScriptedPersona(lease, options), linesFor('lease-follow-up').bad, options);
  const withGoal = { ...transcript, goal: 'Give Art a date' };
  return {
    version: 2,
    id: 'call-1',
    scenarioId: lease.id,
    scenarioTitle: lease.title,
    startedAt: '2026-12-03T10:00:00.000Z',
    endedAt: '2026-12-03T10:05:00.000Z',
    personaKind,
    mode: 'free',
    transcript: withGoal,
    report: scoreTranscript(lease, withGoal),
  };
}

describe('a retry session', () => {
  it('starts just before the chosen line with the call’s seed, goal, difficulty and the customer’s mood then, linked to the call', async () => {
    const record = await playedRecord();
    const retry = retrySession(lease, record, 3, start);
    if (!retry.ok) throw new Error(retry.problem);
    const point = retryFrom(lease, record.transcript, 3);
    if (!point.ok) throw new Error(point.problem);
    expect(retry.session).toMatchObject({
      callId: 'retry-1',
      seed: 9,
      goal: 'Give Art a date',
      difficulty: lease.difficulty,
      personaKind: 'scripted',
      retryOf: { recordId: 'call-1', turn: 3 },
    });
    expect(retry.session.turns).toEqual(record.transcript.turns.slice(0, 3));
    expect(retry.session.mood).toEqual(point.point.mood);
  });

  it('saves as a call of its own whose transcript is the core’s continuation, linked to its parent', async () => {
    const record = await playedRecord();
    const retry = retrySession(lease, record, 1, start);
    if (!retry.ok) throw new Error(retry.problem);
    const point = retryFrom(lease, record.transcript, 1);
    if (!point.ok) throw new Error(point.problem);
    const branch = continueFrom(lease, point.point, linesFor('lease-follow-up').good);
    const session = { ...retry.session, turns: branch.turns, endReason: branch.endReason };
    const saved = buildCallRecord(session, scoreTranscript(lease, transcriptOf(session)), '2026-12-04T10:05:00.000Z');
    expect(saved.retryOf).toEqual({ recordId: 'call-1', turn: 1 });
    expect(saved.id).not.toBe(record.id);
    expect(saved.transcript).toMatchObject({ turns: branch.turns, seed: 9, goal: 'Give Art a date' });
  });

  it('refuses a model-played call and a customer line, saying why', async () => {
    expect(retrySession(lease, await playedRecord('llm'), 1, start)).toMatchObject({ ok: false, problem: expect.stringMatching(/language model/) });
    expect(retrySession(lease, await playedRecord(), 0, start)).toMatchObject({ ok: false, problem: expect.stringMatching(/customer's/) });
  });
});
