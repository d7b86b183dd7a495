import { describe, expect, it } from 'vitest';
import { buildResultsFile, resultsFileText } from '../../../src/core/assignments/buildResultsFile';
import { RESULTS_LIMITS } from '../../../src/core/assignments/resultsSchema';
import { parseResultsText } from '../../../src/core/assignments/validateResults';
import { formatValidationError } from '../../../src/core/scenario/validationError';
import { BUILTIN_IDS, fakeRecord, GOOD, loadAssignment, POOR, readFixture, standInScenario } from '../../fixtures/assignments/fakeCalls';
import { leaseOnly } from './seriesAttemptsFixture';
import { leaseRecords, SERIES_CONTEXT, seriesAssignment } from './seriesResultsFixture';

const context = { builtinScenarioIds: BUILTIN_IDS };
const assignment = loadAssignment();

function validText(): string {
  const records = [
    fakeRecord('lease-follow-up', POOR, { assignmentId: assignment.id }),
    fakeRecord('lease-follow-up', GOOD, { assignmentId: assignment.id }),
    fakeRecord('busy-executive', GOOD, { assignmentId: assignment.id }),
    fakeRecord('busy-executive', GOOD), // self-practice: not part of the results
  ];
  return resultsFileText(buildResultsFile(assignment, '  Jo Trainee ', records, '2026-01-12T08:00:00.000Z'));
}

function messages(text: string): string[] {
  const result = parseResultsText(text, context);
  return result.ok ? [] : result.errors.map(formatValidationError);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the parsed file in any way they like, so its shape is not typed
function variant(change: (data: any) => void): string {
  const data = JSON.parse(validText());
  change(data);
  return JSON.stringify(data);
}

describe('buildResultsFile and parseResultsText', () => {
  it('round-trips a trainee’s results: name, assignment and every attempt under it', () => {
    const result = parseResultsText(validText(), context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.trainee).toBe('Jo Trainee');
    expect(result.value.assignment.id).toBe('week-1-follow-ups');
    expect(result.value.attempts.map((a) => a.scenarioId)).toEqual(['lease-follow-up', 'lease-follow-up', 'busy-executive']);
    expect(result.value.attempts[0]?.transcript.turns[1]?.text).toBe('Just checking in!');
  });

  it('leaves out fields the interchange format does not have, so the strict reader accepts its own files', () => {
    const record = fakeRecord('lease-follow-up', GOOD, { assignmentId: assignment.id });
    Object.assign(record.transcript, { debug: 'internal' });
    Object.assign(record.report, { judge: { note: 'extra' } });
    const text = resultsFileText(buildResultsFile(assignment, 'Jo', [record], '2026-01-12T08:00:00.000Z'));
    expect(parseResultsText(text, context).ok).toBe(true);
  });

  it('rejects an unknown key deep inside an attempt with its path', () => {
    expect(messages(variant((d) => (d.attempts[0].transcript.turns[0].mood = 'happy')))).toEqual(['At attempts.0.transcript.turns.0.mood: unknown key']);
  });

  it('refuses an unknown version', () => {
    expect(messages(variant((d) => (d.schemaVersion = 2)))).toEqual(['At schemaVersion: unknown version 2; this build reads version 1']);
  });

  it('says so when given an assignment instead of results', () => {
    expect(messages(JSON.stringify(assignment))).toEqual(['At kind: this is an assignment, not a results file']);
  });

  it('reports problems in the embedded assignment under its path', () => {
    expect(messages(variant((d) => (d.assignment.passMark = 900)))).toEqual(['At assignment.passMark: expected 0 to 100']);
  });

  it('refuses duplicate attempt ids', () => {
    const text = variant((d) => ((d.attempts[1].id = 'same-id'), (d.attempts[0].id = 'same-id')));
    expect(messages(text)).toEqual(['At attempts.1.id: duplicate attempt id "same-id" (first at attempts.0.id)']);
  });

  it('refuses an attempt at a scenario the assignment does not have', () => {
    const text = variant((d) => {
      d.attempts[0].scenarioId = 'not-now-shopper';
      d.attempts[0].transcript.scenarioId = 'not-now-shopper';
      d.attempts[0].report.scenarioId = 'not-now-shopper';
    });
    expect(messages(text)).toEqual(['At attempts.0.scenarioId: "not-now-shopper" is not a scenario of this assignment']);
  });

  it('refuses a transcript or report of another scenario than its attempt', () => {
    expect(messages(variant((d) => (d.attempts[0].report.scenarioId = 'busy-executive')))).toEqual([
      'At attempts.0.report.scenarioId: expected "lease-follow-up" like the attempt, got "busy-executive"',
    ]);
  });

  it('refuses a mistake pinned to a turn the transcript does not have', () => {
    expect(messages(variant((d) => (d.attempts[0].report.mistakes[0].turn = 40)))).toEqual([
      'At attempts.0.report.mistakes.0.turn: turn 40 does not exist (the transcript has 5)',
    ]);
  });

  it('refuses absurd numbers in a report', () => {
    expect(
      messages(
        variant((d) => {
          d.attempts[0].report.overall = 1e9;
          d.attempts[0].report.principles[0].score = -5;
          d.attempts[0].transcript.turns[0].at = 1e300;
        }),
      ),
    ).toEqual([
      'At attempts.0.transcript.turns.0.at: expected at most a day in milliseconds',
      'At attempts.0.report.overall: expected 0 to 100',
      'At attempts.0.report.principles.0.score: expected 0 to 100',
    ]);
  });

  it('refuses an unknown principle id in a report', () => {
    expect(messages(variant((d) => (d.attempts[0].report.principles[0].id = 'be-nice')))[0]).toMatch(
      /^At attempts\.0\.report\.principles\.0\.id: expected "purpose-first", /,
    );
  });

  it('refuses a missing trainee name', () => {
    expect(messages(variant((d) => (d.trainee = '   ')))).toEqual(['At trainee: expected a non-empty string']);
  });

  it('keeps script tags in a trainee name as plain text', () => {
    const result = parseResultsText(
      variant((d) => (d.trainee = '<script>alert(1)</script>')),
      context,
    );
    expect(result.ok && result.value.trainee).toBe('<script>alert(1)</script>');
  });

  it('refuses an oversized file', () => {
    expect(messages(' '.repeat(RESULTS_LIMITS.maxBytes + 1))).toEqual(['At (file): too large: 10.0 MB, the limit is 10.0 MB']);
  });

  it('refuses too many turns in one transcript', () => {
    const text = variant((d) => (d.attempts[0].transcript.turns = Array.from({ length: 401 }, () => ({ speaker: 'rep', text: 'hi' }))));
    expect(messages(text)).toContain('At attempts.0.transcript.turns: too many turns: at most 400');
  });

  it('refuses text that is not JSON or YAML', () => {
    expect(messages('{"kind": "results", ')[0]).toMatch(/^At \(file\): not valid JSON/);
  });

  it('accepts the valid results fixture', () => {
    const result = parseResultsText(readFixture('assignments/results-valid.json'), context);
    expect(result.ok && result.value.attempts.map((a) => a.id)).toEqual(['call-jo-1', 'call-jo-2', 'call-jo-3']);
  });

  it('refuses the crafted results fixture with every problem, keeping markup as plain text elsewhere', () => {
    expect(messages(readFixture('assignments/results-crafted.json'))).toEqual([
      'At attempts.2.transcript.isAdmin: unknown key',
      'At attempts.2.report.overall: expected 0 to 100',
      'At attempts.1.id: duplicate attempt id "call-jo-1" (first at attempts.0.id)',
    ]);
  });
});

describe('parseResultsText with the calls of a series', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the parsed file in any way they like, so its shape is not typed
  function seriesVariant(change: (data: any) => void): string {
    const data = JSON.parse(readFixture('assignments/results-series.json'));
    change(data);
    return JSON.stringify(data);
  }
  const seriesMessages = (text: string) => {
    const result = parseResultsText(text, SERIES_CONTEXT);
    return result.ok ? [] : result.errors.map(formatValidationError);
  };
  const renameCall = (d: { attempts: { scenarioId: string; transcript: { scenarioId: string }; report: { scenarioId: string } }[] }, id: string) => {
    const attempt = d.attempts[1]!;
    attempt.scenarioId = attempt.transcript.scenarioId = attempt.report.scenarioId = id;
  };

  it('accepts a file the trainee’s app wrote for an assigned series, each call under its series call id', async () => {
    const records = [...(await leaseRecords('full', 'kept')), ...(await leaseRecords('part', 'broken', 1))];
    const result = parseResultsText(resultsFileText(buildResultsFile(seriesAssignment, 'Jo', records, '2026-01-20T08:00:00.000Z')), SERIES_CONTEXT);
    expect(result.ok && result.value.attempts.map((a) => a.scenarioId)).toEqual([
      'lease-series/plates-late',
      'lease-series/promised-call',
      'lease-series/plates-late',
    ]);
  });

  it('accepts the series results fixture', () => {
    const result = parseResultsText(readFixture('assignments/results-series.json'), SERIES_CONTEXT);
    expect(result.ok && result.value.attempts.map((a) => a.id)).toEqual(['call-jo-series-1-0', 'call-jo-series-1-1', 'call-jo-series-2-0']);
  });

  it('refuses a call the series does not have, naming the calls it does have', () => {
    expect(seriesMessages(seriesVariant((d) => renameCall(d, 'lease-series/third-call')))).toEqual([
      'At attempts.1.scenarioId: the series "lease-series" has no call "third-call" (its calls: "plates-late", "promised-call")',
    ]);
  });

  it('refuses a series played under its own id, since a series is played call by call', () => {
    expect(seriesMessages(seriesVariant((d) => renameCall(d, 'lease-series')))).toEqual([
      'At attempts.1.scenarioId: "lease-series" is a series: expected one of its calls, such as "lease-series/plates-late"',
    ]);
  });

  it('refuses a call of a series the assignment does not have', () => {
    expect(seriesMessages(seriesVariant((d) => renameCall(d, 'not-now-series/first-call')))).toEqual([
      'At attempts.1.scenarioId: "not-now-series/first-call" is a call of "not-now-series", which is not a scenario of this assignment',
    ]);
  });

  it('refuses a call id under a scenario that is not a series', () => {
    const text = seriesVariant((d) => {
      d.assignment.scenarioIds = ['lease-series', 'lease-follow-up'];
      renameCall(d, 'lease-follow-up/second-call');
    });
    const context = { ...SERIES_CONTEXT, scenarioOf: (id: string) => (id === 'lease-follow-up' ? standInScenario(id) : leaseOnly(id)) };
    const result = parseResultsText(text, context);
    expect(result.ok ? [] : result.errors.map(formatValidationError)).toEqual([
      'At attempts.1.scenarioId: "lease-follow-up" is not a series, so it has no call "second-call"',
    ]);
  });

  it('refuses a call id that is not a scenario id and a call id joined by one slash, wherever it appears', () => {
    expect(seriesMessages(seriesVariant((d) => (d.attempts[1].transcript.scenarioId = 'lease-series/../promised-call')))).toEqual([
      'At attempts.1.transcript.scenarioId: expected a scenario id such as "lease-follow-up", or a series call’s such as "lease-series/promised-call"',
      'At attempts.1.transcript.scenarioId: expected "lease-series/promised-call" like the attempt, got "lease-series/../promised-call"',
    ]);
  });

  it('reports every problem of a crafted series file at once, each with its path', () => {
    const text = seriesVariant((d) => {
      renameCall(d, 'lease-series/third-call');
      d.attempts[2].report.scenarioId = 'lease-series/promised-call';
      d.attempts[0].report.mistakes.push({ turn: 99, principle: 'next-step', commentary: 'x', betterLine: 'y' });
    });
    expect(seriesMessages(text)).toEqual([
      'At attempts.0.report.mistakes.0.turn: turn 99 does not exist (the transcript has 7)',
      'At attempts.1.scenarioId: the series "lease-series" has no call "third-call" (its calls: "plates-late", "promised-call")',
      'At attempts.2.report.scenarioId: expected "lease-series/plates-late" like the attempt, got "lease-series/promised-call"',
    ]);
  });
});
