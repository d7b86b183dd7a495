import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../src/core';
import { weightedWeakSpots, wilsonLowerBound } from '../../../../src/server/team/reports/weightedWeakSpots';

const report = (results: [string, 'met' | 'missed' | 'n/a'][]): Report => ({
  scenarioId: 's',
  overall: 50,
  principles: results.map(([id, verdict]) => ({ id: id as Report['principles'][number]['id'], verdict, score: verdict === 'met' ? 100 : 0, evidence: [] })),
  mistakes: [],
});

describe('weighted weak spots', () => {
  it('does not put one miss in one call above a principle missed often over many calls', () => {
    const calls = [
      {
        traineeId: 'a',
        report: report([
          ['thank-them', 'missed'],
          ['next-step', 'missed'],
        ]),
      },
      ...Array.from({ length: 9 }, (_, i) => ({ traineeId: `t${i}`, report: report([['next-step', i < 5 ? 'missed' : 'met']]) })),
    ];
    const spots = weightedWeakSpots(calls);
    expect(spots.map((s) => s.principleId)).toEqual(['next-step', 'thank-them']);
    expect(spots[1]).toMatchObject({ applied: 1, missed: 1, missRate: 1 });
    expect(spots[0]!.missRate).toBeLessThan(1);
  });

  it('leaves out principles that did not apply', () => {
    expect(weightedWeakSpots([{ traineeId: 'a', report: report([['thank-them', 'n/a']]) }])).toEqual([]);
  });

  it('gives the Wilson lower bound: about 0.21 for 1 of 1, 0 for none', () => {
    expect(wilsonLowerBound(1, 1)).toBeCloseTo(0.2065, 3);
    expect(wilsonLowerBound(0, 10)).toBe(0);
    expect(wilsonLowerBound(0, 0)).toBe(0);
  });
});
