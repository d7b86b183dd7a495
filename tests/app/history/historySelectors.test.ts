import { describe, expect, it } from 'vitest';
import { summarizeCall } from '../../../src/app/history/callSummary';
import { bestScores, callsForScenario, downsample, scenarioOptions, trendSeries } from '../../../src/app/history/historySelectors';
import { makeRecord, reportOf } from './recordFixtures';

const lease = (n: number, overall: number) => summarizeCall(makeRecord(n, { report: reportOf('lease-follow-up', overall) }));
const wendy = (n: number, overall: number) => summarizeCall(makeRecord(n, { scenarioId: 'busy-executive', report: reportOf('busy-executive', overall) }));

describe('historySelectors', () => {
  it('finds the best score per scenario', () => {
    expect(bestScores([lease(1, 40), wendy(2, 70), lease(3, 88), lease(4, 60)])).toEqual({ 'lease-follow-up': 88, 'busy-executive': 70 });
  });

  it('filters by scenario and keeps all calls when no scenario is chosen', () => {
    const records = [lease(1, 40), wendy(2, 70), lease(3, 88)];
    expect(callsForScenario(records, 'busy-executive').map((r) => r.id)).toEqual(['call-2']);
    expect(callsForScenario(records, undefined)).toBe(records);
  });

  it('lists the scenarios played with their latest title and count', () => {
    const options = scenarioOptions([lease(1, 40), wendy(2, 70), summarizeCall(makeRecord(3, { scenarioTitle: 'Art, renamed' }))]);
    expect(options).toEqual([
      { id: 'lease-follow-up', title: 'Art, renamed', count: 2 },
      { id: 'busy-executive', title: 'Wendy on a deadline', count: 1 },
    ]);
  });

  it('charts a principle only on the calls where it applied', () => {
    const series = trendSeries([lease(1, 40), lease(2, 80)]);
    expect(series.overall.map((p) => p.score)).toEqual([40, 80]);
    expect(series.principles['purpose-first'].map((p) => [p.index, p.score])).toEqual([
      [0, 40],
      [1, 80],
    ]);
    expect(series.principles.persist).toEqual([]);
  });

  it('averages long histories into a bounded number of points', () => {
    const points = Array.from({ length: 1000 }, (_, index) => ({ index, score: index % 2 === 0 ? 40 : 60, recordId: `r${index}` }));
    const shown = downsample(points, 1000, 100);
    expect(shown).toHaveLength(100);
    expect(shown.every((p) => p.score === 50)).toBe(true);
    expect(downsample(points.slice(0, 10), 10, 100)).toHaveLength(10);
  });
});
