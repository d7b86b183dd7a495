import { describe, expect, it } from 'vitest';
import { RESULTS_LIMITS } from '../../../src/core/assignments/resultsSchema';
import type { CallRecord } from '../../../src/core/history/callRecord';
import { checkImportedCall } from '../../../src/core/history/checkImportedCall';
import { restoreHistory } from '../../../src/core/history/restoreHistory';
import { makeRecord, reportOf } from '../../app/history/recordFixtures';

const call = (overrides: Partial<CallRecord> = {}) => makeRecord(1, overrides);
const reasonOf = (record: CallRecord) => {
  const checked = checkImportedCall(record);
  return checked.ok ? undefined : checked.reason;
};

describe('checking an imported call with the rules of a results file', () => {
  it('accepts a call the app saved, unchanged', () => {
    const record = call({ assignmentId: 'onboarding:purpose-first' });
    expect(checkImportedCall(record)).toEqual({ ok: true, record });
  });

  it('keeps the lines the assistant said as hers', () => {
    const record = call();
    record.transcript.turns = [{ speaker: 'customer', text: 'Kim speaking.', party: 'gatekeeper' }, ...record.transcript.turns];
    expect(checkImportedCall(record)).toEqual({ ok: true, record });
  });

  it('accepts a call of a series under its series call id, as a results file does', () => {
    const record = call();
    record.scenarioId = record.transcript.scenarioId = record.report.scenarioId = 'lease-series/promised-call';
    expect(checkImportedCall(record)).toEqual({ ok: true, record });
  });

  it('refuses a scenario id that is neither a scenario’s nor a series call’s', () => {
    const record = call();
    record.scenarioId = record.transcript.scenarioId = record.report.scenarioId = 'lease-series/promised-call/again';
    expect(reasonOf(record)).toBe('scenarioId: expected a scenario id such as "lease-follow-up", or a series call’s such as "lease-series/promised-call"');
  });

  it('refuses a turn longer than a results file allows, naming the turn', () => {
    const record = call();
    record.transcript.turns[1]!.text = 'x'.repeat(RESULTS_LIMITS.maxTurnChars + 1);
    expect(reasonOf(record)).toBe(`transcript.turns.1.text: too long: at most ${RESULTS_LIMITS.maxTurnChars} characters`);
  });

  it('refuses more turns than a results file allows', () => {
    const record = call();
    record.transcript.turns = Array.from({ length: RESULTS_LIMITS.maxTurns + 1 }, (_, i) => ({ speaker: i % 2 ? 'rep' : 'customer', text: 'Hello.' }));
    expect(reasonOf(record)).toMatch(/^transcript\.turns: too many turns/);
  });

  it('refuses a principle score outside 0 to 100', () => {
    const record = call();
    record.report.principles[0]!.score = 999;
    expect(reasonOf(record)).toBe('report.principles.0.score: expected 0 to 100');
  });

  it('refuses more mistakes than a results file allows', () => {
    const record = call();
    const mistake = record.report.mistakes[0] ?? { turn: 1, principle: 'purpose-first' as const, commentary: 'c', betterLine: 'b' };
    record.report.mistakes = Array.from({ length: RESULTS_LIMITS.maxMistakes + 1 }, () => mistake);
    expect(reasonOf(record)).toMatch(/^report\.mistakes: too many mistakes/);
  });

  it('refuses evidence quoting a turn the call does not have', () => {
    const record = call();
    record.report.principles[0]!.evidence = [{ turn: 7, quote: 'I am calling about your plates.' }];
    expect(reasonOf(record)).toBe('report.principles.0.evidence.0.turn: turn 7 does not exist (the transcript has 2)');
  });

  it('refuses a report of another scenario', () => {
    expect(reasonOf(call({ report: reportOf('busy-executive', 60) }))).toBe('report.scenarioId: expected "lease-follow-up" like the call');
  });

  it('keeps only the checked fields, so nothing unchecked is stored', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test pads the parsed call in any way it likes, so its shape is not typed
    const raw = JSON.parse(JSON.stringify(call())) as Record<string, any>;
    raw.transcript.turns[0].padding = 'y'.repeat(1000);
    raw.transcript.extra = 'z'.repeat(1000);
    const [restored] = restoreHistory([raw], () => undefined).records;
    const checked = checkImportedCall(restored!);
    expect(checked.ok).toBe(true);
    expect(JSON.stringify(checked.ok && checked.record)).not.toMatch(/yyy|zzz/);
  });
});
