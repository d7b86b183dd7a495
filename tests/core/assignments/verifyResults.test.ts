import { readdirSync, readFileSync } from 'node:fs';
import { principleById } from '../../../src/core/principles/principles';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseResultsText } from '../../../src/core/assignments/validateResults';
import { createScriptedPersona } from '../../../src/core/persona/createScriptedPersona';
import { playLines } from '../../../src/core/persona/playLines';
import { validateScenario } from '../../../src/core/scenario/validateScenario';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { CALL_RECORD_VERSION, type CallRecord } from '../../../src/core/history/callRecord';
import { buildResultsFile } from '../../../src/core/assignments/buildResultsFile';
import { compareReports, verifyResults } from '../../../src/core/assignments/verifyResults';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import { BUILTIN_IDS, fakeRecord, fakeScore, GOOD, loadAssignment, POOR, readFixture, standInScenario } from '../../fixtures/assignments/fakeCalls';
import { leaseOnly } from './seriesAttemptsFixture';
import { leaseRecords, SERIES_CONTEXT, seriesAssignment } from './seriesResultsFixture';

const assignment = loadAssignment();
const deps = { scenarioById: (id: string) => (id === 'lease-follow-up' || id === 'busy-executive' ? standInScenario(id) : undefined), score: fakeScore };

function fileWith(records: ReturnType<typeof fakeRecord>[]) {
  return buildResultsFile(assignment, 'Jo', records, '2026-01-12T08:00:00.000Z');
}

describe('verifyResults', () => {
  it('passes an untouched attempt as verified', () => {
    const checked = verifyResults(fileWith([fakeRecord('lease-follow-up', GOOD, { assignmentId: assignment.id })]), deps);
    expect(checked.attempts[0]?.check).toMatchObject({ status: 'verified', notes: [] });
  });

  it('flags an attempt whose score was edited and trusts the score of the transcript instead', () => {
    const file = fileWith([fakeRecord('lease-follow-up', POOR, { assignmentId: assignment.id })]);
    file.attempts[0]!.report.overall = 98;
    const [attempt] = verifyResults(file, deps).attempts;
    expect(attempt?.check.status).toBe('mismatch');
    expect(attempt?.check.notes).toContain('saved overall score 98, but the transcript scores 0');
    expect(attempt?.trusted.overall).toBe(0);
  });

  it('flags an attempt whose verdict was edited even when the overall was left alone', () => {
    const file = fileWith([fakeRecord('lease-follow-up', POOR, { assignmentId: assignment.id })]);
    const principle = file.attempts[0]!.report.principles[0]!;
    principle.verdict = 'met';
    expect(verifyResults(file, deps).attempts[0]?.check.notes).toEqual([
      `“${principleById(principle.id).title}”: saved met (0), but the transcript gives missed (0)`,
    ]);
  });

  it('flags an attempt whose transcript was edited after scoring', () => {
    const file = fileWith([fakeRecord('lease-follow-up', POOR, { assignmentId: assignment.id })]);
    file.attempts[0]!.transcript.turns[1]!.text = "I'm calling about your plates; see you Friday?";
    expect(verifyResults(file, deps).attempts[0]?.check.status).toBe('mismatch');
  });

  it('marks an attempt unverifiable when its scenario is not available', () => {
    const checked = verifyResults(fileWith([fakeRecord('lease-follow-up', GOOD, { assignmentId: assignment.id })]), { ...deps, scenarioById: () => undefined });
    expect(checked.attempts[0]?.check).toMatchObject({ status: 'unverifiable' });
    expect(checked.attempts[0]?.trusted.overall).toBe(100);
  });

  it('marks an attempt unverifiable when scoring throws, without failing the import', () => {
    const checked = verifyResults(fileWith([fakeRecord('lease-follow-up', GOOD, { assignmentId: assignment.id })]), {
      ...deps,
      score: () => {
        throw new Error('boom');
      },
    });
    expect(checked.attempts[0]?.check.notes).toEqual(['scoring the transcript again failed: boom']);
  });

  it('scores custom scenarios with the copy inside the assignment', () => {
    const custom = loadAssignment('valid-assignment-custom.json');
    const record = fakeRecord('bakery-flour-call', GOOD, { assignmentId: custom.id });
    const file = buildResultsFile(custom, 'Jo', [record], '2026-01-12T08:00:00.000Z');
    expect(verifyResults(file, { ...deps, scenarioById: () => undefined }).attempts[0]?.check.status).toBe('verified');
  });

  it('scores custom scenarios with the manager’s own copy when the file’s copy was edited', () => {
    const custom = loadAssignment('valid-assignment-custom.json');
    const record = fakeRecord('bakery-flour-call', POOR, { assignmentId: custom.id });
    const file = buildResultsFile(custom, 'Jo', [record], '2026-01-12T08:00:00.000Z');
    // The trainee drops the principles they missed from the scenario in their file and edits the score to match.
    const edited = structuredClone(file);
    edited.assignment.customScenarios[0]!.principles = { 'own-the-issue': 3 };
    edited.attempts[0]!.report = fakeScore(edited.assignment.customScenarios[0]!, edited.attempts[0]!.transcript);
    expect(verifyResults(edited, { ...deps, scenarioById: () => undefined }).attempts[0]?.check.status).toBe('verified');
    expect(verifyResults(edited, { ...deps, scenarioById: () => undefined, ownAssignments: [custom] }).attempts[0]?.check.status).toBe('mismatch');
  });
});

describe('compareReports', () => {
  it('finds nothing to say about two equal reports', () => {
    const report = fakeRecord('lease-follow-up', GOOD).report;
    expect(compareReports(report, structuredClone(report))).toEqual([]);
  });

  it('notices a principle removed from the saved report and a changed list of mistakes', () => {
    const fresh = fakeRecord('lease-follow-up', POOR).report;
    const saved = { ...structuredClone(fresh), principles: fresh.principles.slice(1), mistakes: [] };
    expect(compareReports(saved, fresh)).toEqual([
      `“${principleById(fresh.principles[0]!.id).title}”: missing from the saved report`,
      'saved no mistakes, but the transcript has 2',
    ]);
  });
});

describe('verifyResults on the results fixtures', () => {
  const read = (name: string) => {
    const result = parseResultsText(readFixture(`assignments/${name}`), { builtinScenarioIds: BUILTIN_IDS });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return verifyResults(result.value, deps);
  };

  it('verifies every attempt of the untouched file', () => {
    expect(read('results-valid.json').attempts.map((a) => a.check.status)).toEqual(['verified', 'verified', 'verified']);
  });

  it('flags the attempt whose score was edited, and only that one', () => {
    const checked = read('results-edited-score.json');
    expect(checked.attempts.map((a) => a.check.status)).toEqual(['mismatch', 'verified', 'verified']);
    expect(checked.attempts[0]?.check.notes[0]).toBe('saved overall score 95, but the transcript scores 0');
  });
});

describe('verifyResults with the real scorer and scenarios', () => {
  const scenarios = readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => validateScenario(parse(readFileSync(`scenarios/${f}`, 'utf8'))))
    .flatMap((r) => (r.ok ? [r.value] : []));

  it('verifies an exported call it did not play itself, and flags it once edited', async () => {
    const scenario = scenarios.find((s) => s.id === 'lease-follow-up')!;
    const assignment = { ...loadAssignment(), scenarioIds: [scenario.id] };
    const persona = createScriptedPersona(scenario, { seed: 7, difficulty: scenario.difficulty });
    const lines = [
      "Hi Art, it's Sam from Northside. I'm calling about your plates.",
      'I will call the registration office today and call you back by 4 pm.',
      'Thanks, talk soon.',
    ];
    const { transcript } = await playLines(scenario, persona, lines, { seed: 7, difficulty: scenario.difficulty });
    const record: CallRecord = {
      version: CALL_RECORD_VERSION,
      id: 'real-1',
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      startedAt: '2026-01-10T10:00:00.000Z',
      endedAt: '2026-01-10T10:05:00.000Z',
      personaKind: 'scripted',
      mode: 'free',
      transcript,
      report: scoreTranscript(scenario, transcript),
      assignmentId: assignment.id,
    };
    const file = buildResultsFile(assignment, 'Jo', [record], '2026-01-12T08:00:00.000Z');
    const real = { scenarioById: (id: string) => scenarios.find((s) => s.id === id), score: scoreTranscript };
    expect(verifyResults(file, real).attempts[0]?.check.status).toBe('verified');
    file.attempts[0]!.report.overall = file.attempts[0]!.report.overall > 50 ? 10 : 99;
    expect(verifyResults(file, real).attempts[0]?.check.status).toBe('mismatch');
  });
});

describe('verifyResults on the calls of a series', () => {
  const real = { scenarioById: leaseOnly, score: scoreTranscript };
  const seriesFile = (records: CallRecord[]) => buildResultsFile(seriesAssignment, 'Jo', records, '2026-01-20T08:00:00.000Z');

  it('verifies every call of a finished run and of a run in progress with the real scorer', async () => {
    const file = seriesFile([...(await leaseRecords('full', 'kept')), ...(await leaseRecords('part', 'broken', 1))]);
    expect(verifyResults(file, real).attempts.map((a) => [a.attempt.id, a.check.status])).toEqual([
      ['full-0', 'verified'],
      ['full-1', 'verified'],
      ['part-0', 'verified'],
    ]);
  });

  it('scores a later call against the call as the trainee met it, written from the calls before it in its run', async () => {
    const file = seriesFile(await leaseRecords('full', 'kept'));
    const scoredAgainst: Scenario[] = [];
    verifyResults(file, { ...real, score: (scenario, transcript) => (scoredAgainst.push(scenario), scoreTranscript(scenario, transcript)) });
    expect(scoredAgainst.map((s) => s.id)).toEqual(['lease-series/plates-late', 'lease-series/promised-call']);
    expect(scoredAgainst[1]!.briefing.openItems[0]).toContain("I'll call you by 4 pm Thursday with a pick-up date.");
  });

  it('flags a series call whose score was edited and trusts the score of its transcript', async () => {
    const file = seriesFile(await leaseRecords('full', 'broken'));
    const saved = file.attempts[1]!.report.overall;
    file.attempts[1]!.report.overall = 99;
    const [first, second] = verifyResults(file, real).attempts;
    expect(first?.check.status).toBe('verified');
    expect(second?.check.status).toBe('mismatch');
    expect(second?.check.notes).toContain(`saved overall score 99, but the transcript scores ${saved}`);
    expect(second?.trusted.overall).toBe(saved);
  });

  it('cannot check a later call exported without the calls before it, and says why', async () => {
    const [, second] = await leaseRecords('alone', 'kept');
    const [checked] = verifyResults(seriesFile([second!]), real).attempts;
    expect(checked?.check).toEqual({
      status: 'unverifiable',
      notes: [
        "call 2 of the series “Art's plates” does not follow the calls before it in this file (they were not exported with it, or it was played again later), so the customer it met cannot be rebuilt and the score could not be checked",
      ],
    });
    expect(checked?.trusted).toBe(checked?.attempt.report);
  });

  it('cannot check the calls of a series that is not available here, and says why', async () => {
    const checked = verifyResults(seriesFile(await leaseRecords('full', 'kept')), { ...real, scenarioById: () => undefined });
    expect(checked.attempts.map((a) => a.check)).toEqual([
      { status: 'unverifiable', notes: ['the series "lease-series" is not available here, so the score could not be checked'] },
      { status: 'unverifiable', notes: ['the series "lease-series" is not available here, so the score could not be checked'] },
    ]);
  });

  it('verifies every call of the series results fixture', () => {
    const result = parseResultsText(readFixture('assignments/results-series.json'), SERIES_CONTEXT);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(verifyResults(result.value, { scenarioById: leaseOnly, score: fakeScore }).attempts.map((a) => a.check.status)).toEqual([
      'verified',
      'verified',
      'verified',
    ]);
  });
});
