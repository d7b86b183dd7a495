import { describe, expect, it } from 'vitest';
import { buildResultsFile } from '../../../src/core/assignments/buildResultsFile';
import { buildTeamTable } from '../../../src/core/assignments/buildTeamTable';
import { csvCell, teamCsv, toCsv } from '../../../src/core/assignments/teamCsv';
import { verifyResults } from '../../../src/core/assignments/verifyResults';
import { scenarioAttempts } from '../../../src/core/assignments/scenarioAttempts';
import { parseResultsText } from '../../../src/core/assignments/validateResults';
import { fakeRecord, fakeScore, GOOD, loadAssignment, POOR, readFixture, standInScenario } from '../../fixtures/assignments/fakeCalls';
import { lease, leaseOnly } from './seriesAttemptsFixture';
import { SERIES_CONTEXT } from './seriesResultsFixture';

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Sam Lee')).toBe('Sam Lee');
    expect(csvCell(84)).toBe('84');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('yes');
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('Lee, Sam')).toBe('"Lee, Sam"');
    expect(csvCell('the "best"')).toBe('"the ""best"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"');
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('  =1')).toBe("'  =1");
  });

  it('does not touch numbers, which are never formulas', () => {
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('toCsv and teamCsv', () => {
  it('ends every line with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });

  it('writes a header and one line per trainee and scenario', () => {
    const assignment = loadAssignment();
    const file = buildResultsFile(assignment, '=cmd|calc', [fakeRecord('lease-follow-up', GOOD, { assignmentId: assignment.id })], '2026-01-12T08:00:00.000Z');
    const team = buildTeamTable({
      results: [verifyResults(file, { scenarioById: standInScenario, score: fakeScore })],
      now: Date.parse('2026-02-01T00:00:00Z'),
      titleOf: (id) => (id === 'busy-executive' ? 'The busy executive' : undefined),
    });
    const lines = teamCsv(team).split('\r\n');
    expect(lines[0]).toBe(
      'Assignment,Assignment id,Trainee,Scenario,Scenario id,Best score,Difficulty played,Assigned difficulty,Pass mark,Attempts,Attempts allowed,Extra attempts,Series runs in progress,Passed,Overdue,Edited scores',
    );
    expect(lines[1]).toBe(
      "Week 1: follow-up basics,week-1-follow-ups,'=cmd|calc,Title of lease-follow-up,lease-follow-up,100,easy,each scenario's own,70,1,3,0,0,yes,no,0",
    );
    expect(lines[2]).toBe("Week 1: follow-up basics,week-1-follow-ups,'=cmd|calc,The busy executive,busy-executive,,,each scenario's own,70,0,3,0,0,no,no,0");
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('shows the difficulty each attempt was played at next to the one assigned', () => {
    const assignment = { ...loadAssignment(), difficulty: 'hard' as const };
    const records = [
      fakeRecord('lease-follow-up', GOOD, { assignmentId: assignment.id, difficulty: 'hard', startedAt: '2026-01-10T10:01:00.000Z' }),
      fakeRecord('lease-follow-up', POOR, { assignmentId: assignment.id, difficulty: 'easy', startedAt: '2026-01-10T10:02:00.000Z' }),
    ];
    const file = buildResultsFile(assignment, 'Sam', records, '2026-01-12T08:00:00.000Z');
    expect(file.attempts.map((a) => a.transcript.difficulty)).toEqual(['hard', 'easy']);
    const team = buildTeamTable({
      results: [verifyResults(file, { scenarioById: standInScenario, score: fakeScore })],
      now: Date.parse('2026-02-01T00:00:00Z'),
    });
    expect(team[0]!.rows[0]!.difficulties).toEqual(['hard', 'easy']);
    expect(team[0]!.attempts[1]!.flags).toContain('Played on easy; the assignment asks for hard.');
    expect(teamCsv(team).split('\r\n')[1]).toContain(',hard / easy,hard,');
  });

  it('writes a series’ best score as its series score, its finished runs as attempts and its unfinished runs as in progress', () => {
    const parsed = parseResultsText(readFixture('assignments/results-series.json'), SERIES_CONTEXT);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const checked = verifyResults(parsed.value, { scenarioById: leaseOnly, score: fakeScore });
    const calls = checked.attempts.map(({ attempt, trusted }) => ({ ...attempt, overall: trusted.overall }));
    const [attempt] = scenarioAttempts(lease.id, calls, leaseOnly).attempts;
    const team = buildTeamTable({ results: [checked], scenarioOf: leaseOnly, now: Date.parse('2026-02-01T00:00:00Z') });
    expect(teamCsv(team).split('\r\n')[1]).toBe(
      `Week 2: the lease series,week-2-series,Jo Trainee,${lease.title},lease-series,${attempt!.overall},${lease.difficulty},each scenario's own,70,1,2,0,1,${attempt!.overall >= 70 ? 'yes' : 'no'},no,0`,
    );
  });
});
