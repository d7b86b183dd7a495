import { describe, expect, it } from 'vitest';
import { scenarioAttempts, scenarioPlays } from '../../../src/core/assignments/scenarioAttempts';
import { lease, leaseOnly, leaseRun } from './seriesAttemptsFixture';

describe('scenarioAttempts', () => {
  it('counts each call of a single-call scenario as one attempt with its own score', () => {
    const calls = [
      { id: 'a', scenarioId: 'lease-follow-up', startedAt: '2026-01-10T10:00:00Z', overall: 40 },
      { id: 'b', scenarioId: 'busy-executive', startedAt: '2026-01-10T10:01:00Z', overall: 90 },
      { id: 'c', scenarioId: 'lease-follow-up', startedAt: '2026-01-10T10:02:00Z', overall: 80 },
    ];
    expect(scenarioAttempts('lease-follow-up', calls, leaseOnly)).toEqual([
      { callIds: ['a'], startedAt: '2026-01-10T10:00:00Z', overall: 40 },
      { callIds: ['c'], startedAt: '2026-01-10T10:02:00Z', overall: 80 },
    ]);
  });

  it('counts a series played through to its last call as one attempt scored with the series score', async () => {
    const run = await leaseRun('full', 'broken');
    const attempts = scenarioAttempts(lease.id, run.records, leaseOnly);
    expect(attempts).toEqual([{ callIds: ['full-0', 'full-1'], startedAt: run.records[0]!.startedAt, overall: run.seriesScore }]);
    // The series score, not a call's own score.
    expect(run.callScores).not.toContain(run.seriesScore);
  });

  it('counts no attempt for a series stopped before its last call', async () => {
    const run = await leaseRun('part', 'kept', 1);
    expect(scenarioAttempts(lease.id, run.records, leaseOnly)).toEqual([]);
  });

  it('counts two attempts for two runs of a series, each with its own series score', async () => {
    const first = await leaseRun('one', 'broken');
    const second = await leaseRun('two', 'kept');
    const attempts = scenarioAttempts(lease.id, [...first.records, ...second.records], leaseOnly);
    expect(attempts.map((a) => [a.callIds, a.overall])).toEqual([
      [['one-0', 'one-1'], first.seriesScore],
      [['two-0', 'two-1'], second.seriesScore],
    ]);
  });

  it('does not count an unfinished run started after a finished one', async () => {
    const done = await leaseRun('done', 'kept');
    const started = await leaseRun('started', 'broken', 1);
    expect(scenarioAttempts(lease.id, [...done.records, ...started.records], leaseOnly).map((a) => a.callIds)).toEqual([['done-0', 'done-1']]);
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
      scenarioAttempts(lease.id, calls, leaseOnly),
    );
  });

  it('counts each call of a single-call scenario as a finished play of one call', () => {
    const calls = [{ id: 'a', scenarioId: 'lease-follow-up', startedAt: '2026-01-10T10:00:00Z', overall: 40 }];
    expect(scenarioPlays('lease-follow-up', calls, leaseOnly)).toEqual([
      { callIds: ['a'], startedAt: '2026-01-10T10:00:00Z', overall: 40, finished: true, calls: { played: 1, total: 1 } },
    ]);
  });
});
