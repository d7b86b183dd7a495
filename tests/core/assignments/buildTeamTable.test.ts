import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/core/assignments/assignmentSchema';
import { assignmentStatus } from '../../../src/core/assignments/assignmentStatus';
import { buildResultsFile, resultsFileText } from '../../../src/core/assignments/buildResultsFile';
import { buildTeamTable } from '../../../src/core/assignments/buildTeamTable';
import { parseResultsText } from '../../../src/core/assignments/validateResults';
import { verifyResults } from '../../../src/core/assignments/verifyResults';
import { weakSpots } from '../../../src/core/assignments/weakSpots';
import type { CallRecord } from '../../../src/core/history/callRecord';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { seriesRuns } from '../../../src/core/series/seriesRuns';
import { fakeRecord, fakeScore, GOOD, loadAssignment, POOR, standInScenario } from '../../fixtures/assignments/fakeCalls';
import { lease, leaseOnly } from './seriesAttemptsFixture';
import { leaseRecords, SERIES_CONTEXT, seriesAssignment } from './seriesResultsFixture';

const assignment = loadAssignment(); // lease-follow-up + busy-executive, pass 70, 3 attempts, due 2030-01-31
const deps = { scenarioById: standInScenario, score: fakeScore };
const BEFORE_DUE = Date.parse('2026-06-01T00:00:00Z');
const AFTER_DUE = Date.parse('2031-01-01T00:00:00Z');

function checked(trainee: string, records: CallRecord[], a: Assignment = assignment) {
  return verifyResults(buildResultsFile(a, trainee, records, '2026-01-12T08:00:00.000Z'), deps);
}

const on = (scenarioId: string, lines: string[], startedAt?: string) =>
  fakeRecord(scenarioId, lines, { assignmentId: assignment.id, ...(startedAt ? { startedAt } : {}) });

describe('buildTeamTable', () => {
  it('makes one row per trainee and scenario with best score, attempts and passed', () => {
    const [team] = buildTeamTable({
      results: [checked('Sam', [on('lease-follow-up', POOR), on('lease-follow-up', GOOD)]), checked('Ada', [on('busy-executive', GOOD)])],
      now: BEFORE_DUE,
    });
    expect(team?.trainees).toEqual(['Ada', 'Sam']);
    expect(team?.rows.map(({ trainee, scenarioId, attempts, best, passed, overdue }) => ({ trainee, scenarioId, attempts, best, passed, overdue }))).toEqual([
      { trainee: 'Ada', scenarioId: 'lease-follow-up', attempts: 0, best: undefined, passed: false, overdue: false },
      { trainee: 'Ada', scenarioId: 'busy-executive', attempts: 1, best: 100, passed: true, overdue: false },
      { trainee: 'Sam', scenarioId: 'lease-follow-up', attempts: 2, best: 100, passed: true, overdue: false },
      { trainee: 'Sam', scenarioId: 'busy-executive', attempts: 0, best: undefined, passed: false, overdue: false },
    ]);
  });

  it('marks unpassed scenarios overdue once the due date has gone by', () => {
    const [team] = buildTeamTable({ results: [checked('Sam', [on('lease-follow-up', GOOD)])], now: AFTER_DUE });
    expect(team?.rows.map((r) => [r.scenarioId, r.passed, r.overdue])).toEqual([
      ['lease-follow-up', true, false],
      ['busy-executive', false, true],
    ]);
  });

  it('counts a pass after the due date as passed but still overdue', () => {
    const late = on('lease-follow-up', GOOD, '2030-03-01T10:00:00.000Z');
    const [team] = buildTeamTable({ results: [checked('Sam', [late])], now: AFTER_DUE });
    expect(team?.rows[0]).toMatchObject({ passed: true, overdue: true });
    expect(team?.attempts[0]?.flags).toContain('Played after the due date.');
  });

  it('does not count an edited score: the row shows the score of the transcript and the flag', () => {
    const results = checked('Sam', [on('lease-follow-up', POOR)]);
    const file = buildResultsFile(assignment, 'Sam', [on('lease-follow-up', POOR)], '2026-01-12T08:00:00.000Z');
    file.attempts[0]!.report.overall = 100;
    const [team] = buildTeamTable({ results: [verifyResults(file, deps)], now: BEFORE_DUE });
    expect(results.attempts[0]?.check.status).toBe('verified');
    expect(team?.rows[0]).toMatchObject({ best: 0, passed: false, flagged: 1 });
    expect(team?.attempts[0]?.flags[0]).toMatch(/^The saved score does not match the transcript: saved overall score 100, but the transcript scores 0/);
  });

  it('does not count attempts beyond the allowance', () => {
    const records = [on('lease-follow-up', POOR), on('lease-follow-up', POOR), on('lease-follow-up', POOR), on('lease-follow-up', GOOD)];
    const [team] = buildTeamTable({ results: [checked('Sam', records)], now: BEFORE_DUE });
    expect(team?.rows[0]).toMatchObject({ attempts: 3, extra: 1, best: 0, passed: false });
    expect(team?.attempts[3]).toMatchObject({ counted: false, flags: ['Attempt 4 of 3 allowed: not counted.'] });
  });

  it('merges two files of the same trainee without counting an attempt twice', () => {
    const first = on('lease-follow-up', POOR);
    const second = on('lease-follow-up', GOOD);
    const [team] = buildTeamTable({ results: [checked('Sam', [first]), checked(' sam ', [first, second])], now: BEFORE_DUE });
    expect(team?.trainees).toEqual(['Sam']);
    expect(team?.rows[0]).toMatchObject({ attempts: 2, best: 100 });
  });

  it('uses the manager’s own copy of the assignment and notes an edited pass mark in a trainee’s file', () => {
    const edited = { ...assignment, passMark: 0 };
    const [team] = buildTeamTable({ results: [checked('Sam', [on('lease-follow-up', POOR)], edited)], ownAssignments: [assignment], now: BEFORE_DUE });
    expect(team?.rows[0]).toMatchObject({ passed: false });
    expect(team?.notes).toEqual(["Sam's file carries a different copy of this assignment (passMark); the dashboard uses yours."]);
  });

  it('flags calls not played under the assignment’s rules', () => {
    const free = fakeRecord('lease-follow-up', GOOD, { assignmentId: assignment.id, mode: 'free', personaKind: 'llm' });
    const [team] = buildTeamTable({ results: [checked('Sam', [free])], now: BEFORE_DUE });
    expect(team?.attempts[0]?.flags).toEqual([
      'Played with free text; the assignment asks for guided lines.',
      'Played against the model customer; the assignment asks for the scripted one.',
    ]);
  });

  it('gives every attempt a URL-safe key that is unique across trainees', () => {
    const [team] = buildTeamTable({ results: [checked('Sam', [on('lease-follow-up', GOOD)]), checked('Ada', [on('lease-follow-up', GOOD)])], now: BEFORE_DUE });
    const keys = team!.attempts.map((a) => a.key);
    expect(new Set(keys).size).toBe(2);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_.:-]+$/);
    expect(team?.rows.find((r) => r.trainee === 'Ada')?.bestKey).toBe(team?.attempts.find((a) => a.trainee === 'Ada')?.key);
  });

  it('lists the team’s weak spots, most often missed first', () => {
    const [team] = buildTeamTable({
      results: [checked('Sam', [on('lease-follow-up', ["I'm calling about your plates."])]), checked('Ada', [on('lease-follow-up', POOR)])],
      now: BEFORE_DUE,
    });
    expect(team?.weakSpots).toEqual([
      { principle: 'next-step', applied: 2, missed: 2, meanScore: 0, trainees: ['Ada', 'Sam'] },
      { principle: 'purpose-first', applied: 2, missed: 1, meanScore: 50, trainees: ['Ada'] },
    ]);
  });

  it('shows an assignment of the manager’s own with no results yet, with no rows', () => {
    expect(buildTeamTable({ results: [], ownAssignments: [assignment], now: BEFORE_DUE })).toMatchObject([{ trainees: [], rows: [] }]);
  });
});

describe('buildTeamTable with a series', () => {
  const real = { scenarioById: leaseOnly, score: scoreTranscript };

  /** The trainee's calls exported, read back and checked as the manager's app does on import. */
  function imported(records: CallRecord[], trainee = 'Jo') {
    const text = resultsFileText(buildResultsFile(seriesAssignment, trainee, records, '2026-01-20T08:00:00.000Z'));
    const parsed = parseResultsText(text, SERIES_CONTEXT);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    return verifyResults(parsed.value, real);
  }

  it('shows a finished run as one attempt with its series score and an unfinished run as in progress, after a round trip through a results file', async () => {
    const done = await leaseRecords('done', 'broken');
    const started = await leaseRecords('started', 'kept', 1);
    const [team] = buildTeamTable({ results: [imported([...done, ...started])], scenarioOf: leaseOnly, now: BEFORE_DUE });
    const seriesScore = seriesRuns(
      lease,
      done.map((r) => ({ ...r, overall: r.report.overall })),
    )[0]!.report.overall;
    // Judged on the series score, which no call scored on its own (the strong first call of the run in progress least of all).
    expect([...done, ...started].map((r) => r.report.overall)).not.toContain(seriesScore);
    // The trainee's own app card counts the same calls the same way.
    const card = assignmentStatus(seriesAssignment, [...done, ...started], BEFORE_DUE, leaseOnly).scenarios[0];
    expect(card).toMatchObject({ attempts: 1, best: seriesScore });
    expect(team?.rows).toEqual([
      {
        trainee: 'Jo',
        scenarioId: 'lease-series',
        scenarioTitle: lease.title,
        attempts: 1,
        extra: 0,
        inProgress: 1,
        best: seriesScore,
        bestKey: team?.attempts[0]?.key,
        passed: seriesScore >= seriesAssignment.passMark,
        overdue: false,
        flagged: 0,
        difficulties: [lease.difficulty],
      },
    ]);
    expect(team?.attempts.map((a) => [a.attempt.id, a.counted, a.series])).toEqual([
      ['done-0', true, { call: 1, calls: 2, score: seriesScore }],
      ['done-1', true, { call: 2, calls: 2, score: seriesScore }],
      ['started-0', false, { call: 1, calls: 2 }],
    ]);
    expect(team?.attempts[2]?.flags).toEqual([
      'Series in progress: 1 of 2 calls played; it counts as an attempt, with its series score, once its last call is played.',
    ]);
  });

  it('counts runs beyond the attempts allowed as extra, and none of their calls', async () => {
    const runs = [await leaseRecords('one', 'broken'), await leaseRecords('two', 'broken'), await leaseRecords('three', 'kept')];
    const [team] = buildTeamTable({ results: [imported(runs.flat())], scenarioOf: leaseOnly, now: BEFORE_DUE });
    expect(team?.rows[0]).toMatchObject({ attempts: 2, extra: 1, inProgress: 0 });
    expect(team?.attempts.filter((a) => !a.counted).map((a) => [a.attempt.id, a.flags])).toEqual([
      ['three-0', ['Attempt 3 of 2 allowed: not counted.']],
      ['three-1', ['Attempt 3 of 2 allowed: not counted.']],
    ]);
  });

  it('leaves the calls of a run in progress out of the weak spots', async () => {
    const done = await leaseRecords('done', 'broken');
    const started = await leaseRecords('started', 'kept', 1);
    const [team] = buildTeamTable({ results: [imported([...done, ...started])], scenarioOf: leaseOnly, now: BEFORE_DUE });
    expect(team?.weakSpots).toEqual(weakSpots(done.map((r) => ({ trainee: 'Jo', report: r.report }))));
  });

  it('does not count a later call whose earlier calls are not in the file, and says why', async () => {
    const [, second] = await leaseRecords('alone', 'kept');
    const [team] = buildTeamTable({ results: [imported([second!])], scenarioOf: leaseOnly, now: BEFORE_DUE });
    expect(team?.rows[0]).toMatchObject({ attempts: 0, inProgress: 0 });
    expect(team?.rows[0]).not.toHaveProperty('best');
    expect(team?.attempts[0]?.flags).toEqual([
      expect.stringMatching(/^Not checked: call 2 of the series “Art's plates” does not follow the calls before it in this file/),
      'Not counted: this call does not follow the calls before it in its run of the series (they are not in the imported files, or it was played again later).',
    ]);
  });

  it('shows the calls of a series it does not know, not counted, and says why', async () => {
    const [team] = buildTeamTable({ results: [imported(await leaseRecords('done', 'kept'))], now: BEFORE_DUE });
    expect(team?.rows[0]).toMatchObject({ attempts: 0, inProgress: 0 });
    expect(team?.attempts.map((a) => a.flags.at(-1))).toEqual([
      'Not counted: no series here has this call, so it cannot be put into a run of the series.',
      'Not counted: no series here has this call, so it cannot be put into a run of the series.',
    ]);
  });
});
