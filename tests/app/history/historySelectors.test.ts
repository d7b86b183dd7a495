import { describe, expect, it } from 'vitest';
import { summarizeCall } from '../../../src/app/history/callSummary';
import { bestScores, callsForScenario, scenarioOptions, trendSeries } from '../../../src/app/history/historySelectors';
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
    expect(series.overall.points.map((p) => p.score)).toEqual([40, 80]);
    expect(series.principles['purpose-first'].points.map((p) => [p.index, p.score])).toEqual([
      [0, 40],
      [1, 80],
    ]);
    expect(series.principles.persist).toEqual({ points: [], scored: 0 });
  });

  it('averages long histories into a bounded number of points', () => {
    const calls = Array.from({ length: 1000 }, (_, i) => lease(i, i % 2 === 0 ? 40 : 60));
    const series = trendSeries(calls, { overall: 100, principle: 50 });
    expect(series.overall.points).toHaveLength(100);
    expect(series.overall.points.every((p) => p.score === 50)).toBe(true);
    expect(series.overall.points.at(-1)).toMatchObject({ index: 995, score: 50, recordId: 'call-999', calls: 10 });
    expect(series.principles['purpose-first'].points).toHaveLength(50);
    expect(trendSeries(calls.slice(0, 10), { overall: 100, principle: 50 }).overall.points).toHaveLength(10);
  });

  it('keeps the first, latest and best score of every call, not of the averaged points', () => {
    const calls = Array.from({ length: 500 }, (_, i) => lease(i, i === 0 ? 12 : i === 250 ? 97 : i === 499 ? 33 : 60));
    const { overall } = trendSeries(calls, { overall: 10, principle: 10 });
    expect(overall).toMatchObject({ scored: 500, first: 12, latest: 33, best: 97 });
    expect(overall.points).toHaveLength(10);
  });

  it('bounds the lines of a very long history to the default chart sizes', () => {
    const calls = Array.from({ length: 5000 }, (_, i) => lease(i, i % 101));
    const series = trendSeries(calls);
    expect(series.overall.points.length).toBeLessThanOrEqual(120);
    expect(series.principles['purpose-first'].points.length).toBeLessThanOrEqual(60);
    expect(series.overall.scored).toBe(5000);
  });
});
