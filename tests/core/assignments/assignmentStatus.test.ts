import { describe, expect, it } from 'vitest';
import { assignmentStatus, canPlay } from '../../../src/core/assignments/assignmentStatus';
import { fakeRecord, GOOD, loadAssignment, POOR } from '../../fixtures/assignments/fakeCalls';
import { lease, leaseOnly, leaseRetry, leaseRun } from './seriesAttemptsFixture';

const assignment = loadAssignment(); // two scenarios, pass 70, 3 attempts each, due 2030-01-31T17:00Z
const NOW = Date.parse('2026-06-01T00:00:00Z');
const LATE = Date.parse('2030-02-01T00:00:00Z');
const on = (scenarioId: string, lines: string[]) => fakeRecord(scenarioId, lines, { assignmentId: assignment.id });

describe('assignmentStatus', () => {
  it('is not started before any call under it', () => {
    expect(assignmentStatus(assignment, [fakeRecord('lease-follow-up', GOOD)], NOW).status).toBe('not-started');
  });

  it('is in progress after a call', () => {
    const progress = assignmentStatus(assignment, [on('lease-follow-up', POOR)], NOW);
    expect(progress.status).toBe('in-progress');
    expect(progress.scenarios[0]).toEqual({ scenarioId: 'lease-follow-up', attempts: 1, attemptsLeft: 2, best: 0, passed: false });
  });

  it('is passed when every scenario was passed', () => {
    expect(assignmentStatus(assignment, [on('lease-follow-up', GOOD), on('busy-executive', GOOD)], NOW).status).toBe('passed');
  });

  it('is failed when a scenario used up its attempts without a pass', () => {
    const calls = [on('lease-follow-up', POOR), on('lease-follow-up', POOR), on('lease-follow-up', POOR)];
    expect(assignmentStatus(assignment, calls, NOW).status).toBe('failed');
  });

  it('is overdue after the due date when not passed, started or not', () => {
    expect(assignmentStatus(assignment, [], LATE).status).toBe('overdue');
    expect(assignmentStatus(assignment, [on('lease-follow-up', GOOD)], LATE).status).toBe('overdue');
  });

  it('stays passed after the due date', () => {
    expect(assignmentStatus(assignment, [on('lease-follow-up', GOOD), on('busy-executive', GOOD)], LATE).status).toBe('passed');
  });

  it('is never overdue without a due date', () => {
    const { dueDate: _dueDate, ...undated } = assignment;
    expect(assignmentStatus(undated, [], LATE).status).toBe('not-started');
  });

  it('ignores calls beyond the allowance, so a fourth try cannot pass', () => {
    const calls = [on('lease-follow-up', POOR), on('lease-follow-up', POOR), on('lease-follow-up', POOR), on('lease-follow-up', GOOD)];
    const progress = assignmentStatus(assignment, calls, NOW);
    expect(progress.scenarios[0]).toMatchObject({ attempts: 3, attemptsLeft: 0, passed: false });
    expect(progress.callIds).toHaveLength(4);
  });
});

describe('canPlay', () => {
  it('allows a scenario with attempts left that is not yet passed, even when overdue', () => {
    expect(canPlay(assignmentStatus(assignment, [on('lease-follow-up', POOR)], LATE), 'lease-follow-up')).toBe(true);
  });

  it('refuses a passed scenario, an exhausted one and a scenario not in the assignment', () => {
    const progress = assignmentStatus(assignment, [on('busy-executive', GOOD), on('lease-follow-up', POOR)], NOW);
    expect(canPlay(progress, 'busy-executive')).toBe(false);
    expect(canPlay(progress, 'third-call')).toBe(false);
    const failed = assignmentStatus(assignment, [on('lease-follow-up', POOR), on('lease-follow-up', POOR), on('lease-follow-up', POOR)], NOW);
    expect(canPlay(failed, 'busy-executive')).toBe(false);
  });
});

describe('assignmentStatus with a follow-up series', () => {
  const withSeries = (passMark: number, attemptsAllowed = 3) => ({ ...assignment, scenarioIds: [lease.id], passMark, attemptsAllowed });

  it('shows a full run of the series as one attempt, its best the series score', async () => {
    const run = await leaseRun('full', 'kept', 2, assignment.id);
    const progress = assignmentStatus(withSeries(70), run.records, NOW, leaseOnly);
    expect(progress.scenarios[0]).toEqual({ scenarioId: lease.id, attempts: 1, attemptsLeft: 2, best: run.seriesScore, passed: true });
    expect(progress.status).toBe('passed');
    expect(progress.callIds).toEqual(['full-0', 'full-1']);
  });

  it('keeps a series stopped before its last call in progress, with no attempt used and the call to play next', async () => {
    const run = await leaseRun('part', 'kept', 1, assignment.id);
    const progress = assignmentStatus(withSeries(70), run.records, NOW, leaseOnly);
    expect(progress.scenarios[0]).toEqual({
      scenarioId: lease.id,
      attempts: 0,
      attemptsLeft: 3,
      passed: false,
      runInProgress: { callIds: ['part-0'], startedAt: run.records[0]!.startedAt, next: 1, total: 2, nextCallId: 'lease-series/promised-call' },
    });
    expect(progress.status).toBe('in-progress');
    expect(canPlay(progress, lease.id)).toBe(true);
  });

  it('shows no run in progress once no attempt is left for it to become', async () => {
    const poor = await leaseRun('poor', 'broken', 2, assignment.id);
    const started = await leaseRun('started', 'kept', 1, assignment.id);
    const progress = assignmentStatus(withSeries(70, 1), [...poor.records, ...started.records], NOW, leaseOnly);
    expect(progress.scenarios[0]).toMatchObject({ attempts: 1, attemptsLeft: 0 });
    expect(progress.scenarios[0]!.runInProgress).toBeUndefined();
  });

  it('keeps a finished run’s series score and attempt when its last call is played again under the assignment', async () => {
    const poor = await leaseRun('poor', 'broken', 2, assignment.id);
    const retry = await leaseRetry('retry', 'broken', assignment.id);
    expect(retry.seriesScore).toBeGreaterThanOrEqual(70);
    const progress = assignmentStatus(withSeries(70), [...poor.records, retry.record], NOW, leaseOnly);
    expect(progress.scenarios[0]).toEqual({ scenarioId: lease.id, attempts: 1, attemptsLeft: 2, best: poor.seriesScore, passed: false });
    expect(progress.status).toBe('in-progress');
  });

  it('counts two runs as two attempts and keeps the better series score', async () => {
    const poor = await leaseRun('poor', 'broken', 2, assignment.id);
    const good = await leaseRun('good', 'kept', 2, assignment.id);
    const progress = assignmentStatus(withSeries(70), [...poor.records, ...good.records], NOW, leaseOnly);
    expect(progress.scenarios[0]).toMatchObject({ attempts: 2, attemptsLeft: 1, best: good.seriesScore, passed: true });
  });

  it('fails the series when its runs use up the attempts below the pass mark', async () => {
    const poor = await leaseRun('poor', 'broken', 2, assignment.id);
    const progress = assignmentStatus(withSeries(70, 1), poor.records, NOW, leaseOnly);
    expect(progress.scenarios[0]).toMatchObject({ attempts: 1, attemptsLeft: 0, best: poor.seriesScore, passed: false });
    expect(progress.status).toBe('failed');
  });

  it('judges the pass mark on the series score, not on the best call', async () => {
    const run = await leaseRun('mark', 'broken', 2, assignment.id);
    const mark = run.seriesScore;
    expect(Math.max(...run.callScores)).toBeLessThan(mark);
    expect(assignmentStatus(withSeries(mark), run.records, NOW, leaseOnly).scenarios[0]!.passed).toBe(true);
    expect(assignmentStatus(withSeries(mark + 1), run.records, NOW, leaseOnly).scenarios[0]!.passed).toBe(false);
  });

  it('finds a series the assignment carries without being told where to look', async () => {
    const run = await leaseRun('carried', 'kept', 2, assignment.id);
    const progress = assignmentStatus({ ...withSeries(70), customScenarios: [lease] }, run.records, NOW);
    expect(progress.scenarios[0]).toMatchObject({ attempts: 1, best: run.seriesScore });
  });
});
