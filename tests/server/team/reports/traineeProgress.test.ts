import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../../src/core';
import { traineeProgress } from '../../../../src/server/team/reports/traineeProgress';
import { lease, leaseOnly, leaseRetry, leaseRun } from '../../../core/assignments/seriesAttemptsFixture';

const assignment = {
  kind: 'assignment',
  schemaVersion: 1,
  id: 'a',
  title: 'A',
  scenarioIds: ['one', 'two'],
  customScenarios: [],
  personaKind: 'scripted',
  mode: 'guided',
  createdAt: '2026-03-01T00:00:00Z',
  passMark: 70,
  attemptsAllowed: 2,
  dueDate: '2026-03-10T00:00:00Z',
} as Assignment;
const call = (id: string, scenarioId: string, overall: number, minute: number) => ({
  id,
  scenarioId,
  overall,
  seq: minute,
  startedAt: `2026-03-02T10:${String(minute).padStart(2, '0')}:00.000Z`,
});
const now = Date.parse('2026-03-03T00:00:00Z');

describe('a trainee’s progress on a server assignment', () => {
  it('closes only the scenario that ran out of attempts', () => {
    const p = traineeProgress(assignment, [call('1', 'one', 10, 1), call('2', 'one', 20, 2)], new Map(), now);
    expect(p.status).toBe('failed');
    expect(p.scenarios.map((s) => [s.scenarioId, s.state, s.canPlay])).toEqual([
      ['one', 'failed', false],
      ['two', 'not-started', true],
    ]);
  });

  it('counts granted attempts and leaves calls past the allowance uncounted', () => {
    const calls = [call('1', 'one', 10, 1), call('2', 'one', 20, 2), call('3', 'one', 90, 3)];
    expect(traineeProgress(assignment, calls, new Map(), now).countedCallIds).toEqual(['1', '2']);
    const granted = traineeProgress(assignment, calls, new Map([['one', 1]]), now);
    expect(granted.scenarios[0]).toMatchObject({ state: 'passed', attemptsAllowed: 3, best: 90 });
    expect(granted.status).toBe('in-progress');
  });

  it('is passed when every scenario is, and overdue past the due date otherwise', () => {
    const both = [call('1', 'one', 80, 1), call('2', 'two', 75, 2)];
    expect(traineeProgress(assignment, both, new Map(), Date.parse('2026-04-01T00:00:00Z')).status).toBe('passed');
    expect(traineeProgress(assignment, both.slice(0, 1), new Map(), Date.parse('2026-04-01T00:00:00Z')).status).toBe('overdue');
    expect(traineeProgress(assignment, [], new Map(), now).status).toBe('not-started');
  });
});

describe('a trainee’s progress on a server assignment with a follow-up series', () => {
  const withSeries = { ...assignment, scenarioIds: [lease.id], attemptsAllowed: 2 } as Assignment;
  const asServerCalls = (records: Awaited<ReturnType<typeof leaseRun>>['records']) =>
    records.map((r, seq) => ({ id: r.id, scenarioId: r.scenarioId, startedAt: r.startedAt, seq, overall: r.overall, transcript: r.transcript }));

  it('counts a full run as one attempt scored with the series score, and its calls as counted', async () => {
    const run = await leaseRun('full', 'kept');
    const p = traineeProgress(withSeries, asServerCalls(run.records), new Map(), now, leaseOnly);
    expect(p.scenarios[0]).toMatchObject({ state: 'passed', attempts: 1, attemptsLeft: 1, best: run.seriesScore });
    expect(p.status).toBe('passed');
    expect(p.countedCallIds).toEqual(['full-0', 'full-1']);
  });

  it('leaves a run stopped before its last call in progress, with no attempt used and the call to play next', async () => {
    const run = await leaseRun('part', 'kept', 1);
    const p = traineeProgress(withSeries, asServerCalls(run.records), new Map(), now, leaseOnly);
    expect(p.scenarios[0]).toMatchObject({ state: 'open', attempts: 0, attemptsLeft: 2, best: null, canPlay: true });
    expect(p.scenarios[0]!.runInProgress).toMatchObject({ callIds: ['part-0'], next: 1, total: 2, nextCallId: 'lease-series/promised-call' });
    expect(p.status).toBe('in-progress');
    expect(p.countedCallIds).toEqual([]);
  });

  it('keeps a finished run’s series score when its last call is uploaded again, and counts the retry as nothing', async () => {
    const poor = await leaseRun('poor', 'broken');
    const retry = await leaseRetry('retry', 'broken');
    const p = traineeProgress(withSeries, asServerCalls([...poor.records, retry.record]), new Map(), now, leaseOnly);
    expect(p.scenarios[0]).toMatchObject({ state: 'open', attempts: 1, attemptsLeft: 1, best: poor.seriesScore, runInProgress: null });
    expect(p.countedCallIds).toEqual(['poor-0', 'poor-1']);
  });

  it('fails the series after two runs below the pass mark', async () => {
    const one = await leaseRun('one', 'broken');
    const two = await leaseRun('two', 'broken');
    const p = traineeProgress(withSeries, asServerCalls([...one.records, ...two.records]), new Map(), now, leaseOnly);
    expect(p.scenarios[0]).toMatchObject({ state: 'failed', attempts: 2, attemptsLeft: 0, best: Math.max(one.seriesScore, two.seriesScore), canPlay: false });
    expect(p.status).toBe('failed');
  });
});
