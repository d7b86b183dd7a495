import { describe, expect, it } from 'vitest';
import { scenarioAttempts, scenarioPlays } from '../../../src/core/assignments/scenarioAttempts';
import { lease, leaseOnly, leaseRetry, leaseRun } from './seriesAttemptsFixture';

describe('scenarioAttempts', () => {
  it('counts each call of a single-call scenario as one attempt with its own score', () => {
    const calls = [
      { id: 'a', scenarioId: 'lease-follow-up', startedAt: '2026-01-10T10:00:00Z', overall: 40 },
      { id: 'b', scenarioId: 'busy-executive', startedAt: '2026-01-10T10:01:00Z', overall: 90 },
      { id: 'c', scenarioId: 'lease-follow-up', startedAt: '2026-01-10T10:02:00Z', overall: 80 },
    ];
    expect(scenarioAttempts('lease-follow-up', calls, leaseOnly)).toEqual({
      attempts: [
        { callIds: ['a'], startedAt: '2026-01-10T10:00:00Z', overall: 40 },
        { callIds: ['c'], startedAt: '2026-01-10T10:02:00Z', overall: 80 },
      ],
      retryCallIds: [],
    });
  });

  it('counts a series played through to its last call as one attempt scored with the series score', async () => {
    const run = await leaseRun('full', 'broken');
    const counted = scenarioAttempts(lease.id, run.records, leaseOnly);
    expect(counted.attempts).toEqual([{ callIds: ['full-0', 'full-1'], startedAt: run.records[0]!.startedAt, overall: run.seriesScore }]);
    expect(counted.inProgress).toBeUndefined();
    // The series score, not a call's own score.
    expect(run.callScores).not.toContain(run.seriesScore);
  });

  it('shows a series stopped before its last call as a run in progress, with the call to play next, and counts no attempt', async () => {
    const run = await leaseRun('part', 'kept', 1);
    expect(scenarioAttempts(lease.id, run.records, leaseOnly)).toEqual({
      attempts: [],
      inProgress: { callIds: ['part-0'], startedAt: run.records[0]!.startedAt, next: 1, total: 2, nextCallId: 'lease-series/promised-call' },
      retryCallIds: [],
    });
  });

  it('counts two attempts for two runs of a series, each with its own series score', async () => {
    const first = await leaseRun('one', 'broken');
    const second = await leaseRun('two', 'kept');
    const { attempts } = scenarioAttempts(lease.id, [...first.records, ...second.records], leaseOnly);
    expect(attempts.map((a) => [a.callIds, a.overall])).toEqual([
      [['one-0', 'one-1'], first.seriesScore],
      [['two-0', 'two-1'], second.seriesScore],
    ]);
  });

  it('does not count an unfinished run started after a finished one, and shows it in progress', async () => {
    const done = await leaseRun('done', 'kept');
    const started = await leaseRun('started', 'broken', 1);
    const counted = scenarioAttempts(lease.id, [...done.records, ...started.records], leaseOnly);
    expect(counted.attempts.map((a) => a.callIds)).toEqual([['done-0', 'done-1']]);
    expect(counted.inProgress?.callIds).toEqual(['started-0']);
  });

  it('keeps a finished run’s series score when its last call is played again, and counts the retry as practice', async () => {
    const done = await leaseRun('done', 'kept');
    const retry = await leaseRetry('retry', 'kept');
    const counted = scenarioAttempts(lease.id, [...done.records, retry.record], leaseOnly);
    expect(counted.attempts).toEqual([{ callIds: ['done-0', 'done-1'], startedAt: done.records[0]!.startedAt, overall: done.seriesScore }]);
    expect(counted.retryCallIds).toEqual(['retry-1']);
    expect(counted.inProgress).toBeUndefined();
    // The retry would have changed the score had it replaced the last call.
    expect(retry.seriesScore).not.toBe(done.seriesScore);
  });

  it('counts a new run started at call 1 after a retry as the next attempt, with its own score, the first one unchanged', async () => {
    const done = await leaseRun('done', 'kept');
    const retry = await leaseRetry('retry', 'kept');
    const again = await leaseRun('again', 'broken');
    const counted = scenarioAttempts(lease.id, [...done.records, retry.record, ...again.records], leaseOnly);
    expect(counted.attempts.map((a) => [a.callIds, a.overall])).toEqual([
      [['done-0', 'done-1'], done.seriesScore],
      [['again-0', 'again-1'], again.seriesScore],
    ]);
    expect(counted.retryCallIds).toEqual(['retry-1']);
  });

  it('shows a new run under way after a retry as in progress, not the retry', async () => {
    const done = await leaseRun('done', 'broken');
    const retry = await leaseRetry('retry', 'broken');
    const again = await leaseRun('again', 'kept', 1);
    const counted = scenarioAttempts(lease.id, [...done.records, retry.record, ...again.records], leaseOnly);
    expect(counted.attempts.map((a) => a.callIds)).toEqual([['done-0', 'done-1']]);
    expect(counted.inProgress).toMatchObject({ callIds: ['again-0'], next: 1 });
  });
});

describe('scenarioPlays', () => {
  it('lists the attempts of scenarioAttempts and, beside them, a series run in progress with the calls played so far', async () => {
    const done = await leaseRun('done', 'kept');
    const started = await leaseRun('started', 'broken', 1);
    const calls = [...done.records, ...started.records];
    const plays = scenarioPlays(lease.id, calls, leaseOnly);
    expect(plays.map(({ callIds, finished, calls: count }) => ({ callIds, finished, count }))).toEqual([
      { callIds: ['done-0', 'done-1'], finished: true, count: { played: 2, total: 2 } },
      { callIds: ['started-0'], finished: false, count: { played: 1, total: 2 } },
    ]);
    expect(plays.filter((p) => p.finished).map(({ callIds, startedAt, overall }) => ({ callIds, startedAt, overall }))).toEqual(
      scenarioAttempts(lease.id, calls, leaseOnly).attempts,
    );
  });

  it('leaves out a retry of a finished run’s last call, which is practice', async () => {
    const done = await leaseRun('done', 'kept');
    const retry = await leaseRetry('retry', 'kept');
    expect(scenarioPlays(lease.id, [...done.records, retry.record], leaseOnly).map((p) => p.callIds)).toEqual([['done-0', 'done-1']]);
  });

  it('counts each call of a single-call scenario as a finished play of one call', () => {
    const calls = [{ id: 'a', scenarioId: 'lease-follow-up', startedAt: '2026-01-10T10:00:00Z', overall: 40 }];
    expect(scenarioPlays('lease-follow-up', calls, leaseOnly)).toEqual([
      { callIds: ['a'], startedAt: '2026-01-10T10:00:00Z', overall: 40, finished: true, calls: { played: 1, total: 1 } },
    ]);
  });
});
