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
import { BUILTIN_IDS, fakeRecord, fakeScore, GOOD, loadAssignment, POOR, readFixture, standInScenario } from '../../fixtures/assignments/fakeCalls';

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
