import { describe, expect, it } from 'vitest';
import { byEndedAt, isCallSummary, sameSummary, summarizeCall } from '../../../src/app/history/callSummary';
import { makeRecord } from './recordFixtures';

describe('callSummary', () => {
  it('keeps what History needs: scores of the principles that applied, goal, end, mistakes', () => {
    const record = makeRecord(1);
    const summary = summarizeCall(record);
    expect(summary).toMatchObject({
      id: 'call-1',
      scenarioId: 'lease-follow-up',
      overall: record.report.overall,
      goal: 'Give Art a date for his plates',
      endReason: 'goal-reached',
      mistakes: record.report.mistakes.length,
    });
    expect(Object.keys(summary.scores)).toEqual(['purpose-first', 'bring-value', 'know-the-history', 'own-the-issue']);
    expect(isCallSummary(summary)).toBe(true);
  });

  it('rejects stored summaries of another shape, so they are rebuilt', () => {
    const summary = summarizeCall(makeRecord(1));
    for (const bad of [null, 'x', { ...summary, v: 0 }, { ...summary, overall: Number.NaN }, { ...summary, scores: null }, { ...summary, mode: 'voice' }]) {
      expect(isCallSummary(bad)).toBe(false);
    }
  });

  it('tells a stored summary that still matches its call from one that does not', () => {
    const summary = summarizeCall(makeRecord(1));
    expect(sameSummary(structuredClone(summary), summarizeCall(makeRecord(1)))).toBe(true);
    expect(sameSummary({ ...summary, scores: { ...summary.scores, 'purpose-first': 1 } }, summary)).toBe(false);
    expect(sameSummary({ ...summary, scores: { ...summary.scores, persist: 50 } }, summary)).toBe(false);
    expect(sameSummary({ ...summary, goal: 'Another goal' }, summary)).toBe(false);
  });

  it('names the call a retry was replayed from, and tells summaries of different parents apart', () => {
    const retry = summarizeCall(makeRecord(2, { retryOf: { recordId: 'call-1', turn: 1 } }));
    expect(retry.retryOf).toBe('call-1');
    expect(summarizeCall(makeRecord(1)).retryOf).toBeUndefined();
    expect(isCallSummary(retry)).toBe(true);
    expect(isCallSummary({ ...retry, retryOf: 7 })).toBe(false);
    expect(sameSummary({ ...retry, retryOf: 'call-0' }, retry)).toBe(false);
  });

  it('orders by end time', () => {
    const calls = [makeRecord(3), makeRecord(1), makeRecord(2)].sort(byEndedAt);
    expect(calls.map((c) => c.id)).toEqual(['call-1', 'call-2', 'call-3']);
  });
});
