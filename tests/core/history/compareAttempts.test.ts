import { describe, expect, it } from 'vitest';
import { compareAttempts } from '../../../src/core/history/compareAttempts';
import type { PrincipleResult, Report } from '../../../src/core/scoring/report';

const result = (id: PrincipleResult['id'], verdict: PrincipleResult['verdict'], score: number): PrincipleResult => ({ id, verdict, score, evidence: [] });
const report = (overall: number, principles: PrincipleResult[]): Report => ({ scenarioId: 'lease-follow-up', overall, principles, mistakes: [] });

describe('comparing a call with its retry', () => {
  const before = report(42, [
    result('purpose-first', 'missed', 20),
    result('own-the-issue', 'met', 80),
    result('persist', 'n/a', 0),
    result('next-step', 'met', 70),
  ]);
  const after = report(71.6, [
    result('purpose-first', 'met', 90),
    result('own-the-issue', 'met', 80),
    result('persist', 'n/a', 0),
    result('next-step', 'met', 60),
  ]);

  it('gives the overall score before and after and which way it moved', () => {
    expect(compareAttempts(before, after).overall).toEqual({ before: 42, after: 71.6, change: 'better' });
    expect(compareAttempts(after, before).overall.change).toBe('worse');
  });

  it('lists each principle that applied with its verdict before and after, the ones that moved first', () => {
    const { principles, better, worse } = compareAttempts(before, after);
    expect(principles.map((p) => [p.id, p.change])).toEqual([
      ['purpose-first', 'better'],
      ['next-step', 'worse'],
      ['own-the-issue', 'same'],
    ]);
    expect(principles[0]).toMatchObject({ before: { verdict: 'missed', score: 20 }, after: { verdict: 'met', score: 90 } });
    expect([better, worse]).toEqual([1, 1]);
  });

  it('counts a principle that comes up only in one attempt, and a verdict that flips, by the verdict', () => {
    const came = compareAttempts(report(50, [result('persist', 'n/a', 0)]), report(50, [result('persist', 'met', 40)]));
    expect(came.principles).toEqual([{ id: 'persist', before: { verdict: 'n/a', score: 0 }, after: { verdict: 'met', score: 40 }, change: 'better' }]);
    const missed = compareAttempts(report(50, [result('persist', 'met', 40)]), report(50, [result('persist', 'missed', 45)]));
    expect(missed.principles[0]!.change).toBe('worse');
  });

  it('reads a move of less than half a point as no move, as the screen shows whole scores', () => {
    expect(compareAttempts(report(70.2, []), report(69.9, [])).overall.change).toBe('same');
  });
});
