import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seriesRuns } from '../../../src/core/series/seriesRuns';
import { loadScenario } from '../persona/personaFixtures';
import { playSeries } from './playSeries';

const lease = loadScenario('lease-series');
const { kept, broken } = JSON.parse(readFileSync(new URL('../../fixtures/series/lease-series.json', import.meta.url), 'utf8')) as {
  kept: string[][];
  broken: string[][];
};
const saved = (calls: Awaited<ReturnType<typeof playSeries>>, prefix: string) =>
  calls.map((call, index) => ({ id: `${prefix}-${index}`, scenarioId: call.played.id, transcript: call.transcript, overall: call.overall }));

describe('seriesRuns', () => {
  it('resumes a series where it was left: after call 1, call 2 is next, written from call 1', async () => {
    const [first] = await playSeries(lease, kept);
    const [run] = seriesRuns(lease, saved([first!], 'a'));
    expect(run).toMatchObject({ recordIds: ['a-0'], next: 1 });
    expect(run!.played.map((s) => s.id)).toEqual(['lease-series/plates-late', 'lease-series/promised-call']);
    expect(run!.played[1]!.briefing.openItems[0]).toContain("I'll call you by 4 pm Thursday with a pick-up date.");
    expect(run!.report.complete).toBe(false);
  });

  it('rebuilds the same memories and score from the saved transcripts as the calls had when played', async () => {
    const calls = await playSeries(lease, kept);
    const [run] = seriesRuns(lease, saved(calls, 'a'));
    expect(run!.next).toBeNull();
    expect(run!.memories).toEqual(calls.map((call) => call.memory));
    expect(run!.report.complete).toBe(true);
  });

  it('starts a new run at call 1, and a retry of a later call replaces it in its run', async () => {
    const good = saved(await playSeries(lease, kept), 'good');
    const poor = saved(await playSeries(lease, broken), 'poor');
    const runs = seriesRuns(lease, [
      ...good,
      poor[0]!,
      { ...poor[1]!, id: 'poor-1' },
      { ...poor[1]!, id: 'retry-1' },
      { ...lease, id: 'other', scenarioId: 'lease-follow-up', transcript: poor[0]!.transcript, overall: 1 },
    ]);
    expect(runs.map((run) => run.recordIds)).toEqual([
      ['good-0', 'good-1'],
      ['poor-0', 'retry-1'],
    ]);
  });
});
