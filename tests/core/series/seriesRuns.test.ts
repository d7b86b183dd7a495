import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seriesRuns } from '../../../src/core/series/seriesRuns';
import { loadScenario } from '../persona/personaFixtures';
import { playSeries } from './playSeries';

type Paths = { kept: string[][]; broken: string[][] };
const linesOf = (id: string): Paths => JSON.parse(readFileSync(new URL(`../../fixtures/series/${id}.json`, import.meta.url), 'utf8'));
const lease = loadScenario('lease-series');
const dana = loadScenario('not-now-series');
const { kept, broken } = linesOf('lease-series');
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

  it('starts a new run at call 1, and leaves out a call of another scenario', async () => {
    const good = saved(await playSeries(lease, kept), 'good');
    const poor = saved(await playSeries(lease, broken), 'poor');
    const runs = seriesRuns(lease, [...good, ...poor, { ...lease, id: 'other', scenarioId: 'lease-follow-up', transcript: poor[0]!.transcript, overall: 1 }]);
    expect(runs.map((run) => [run.recordIds, run.retriedFrom])).toEqual([
      [['good-0', 'good-1'], null],
      [['poor-0', 'poor-1'], null],
    ]);
  });

  it('replaces a later call and what came after while its run is unfinished', async () => {
    const calls = saved(await playSeries(dana, linesOf('not-now-series').kept), 'a');
    const again = saved(await playSeries(dana, linesOf('not-now-series').broken.slice(0, 2)), 'b');
    const runs = seriesRuns(dana, [calls[0]!, calls[1]!, again[1]!]);
    expect(runs.map((run) => [run.recordIds, run.next, run.retriedFrom])).toEqual([[['a-0', 'b-1'], 2, null]]);
  });

  it('keeps a finished run as it was when its last call is played again, and puts the retry in a run of its own after the calls before it', async () => {
    const good = saved(await playSeries(lease, kept), 'good');
    const [, retry] = saved(await playSeries(lease, [kept[0]!, broken[1]!]), 'retry');
    const [before] = seriesRuns(lease, good);
    const runs = seriesRuns(lease, [...good, retry!]);
    expect(runs.map((run) => [run.recordIds, run.next, run.retriedFrom])).toEqual([
      [['good-0', 'good-1'], null, null],
      [['good-0', 'retry-1'], null, 1],
    ]);
    expect(runs[0]!.report).toEqual(before!.report);
    expect(runs[1]!.report.overall).not.toBe(before!.report.overall);
  });

  it('carries on a retry of a finished run to its last call, and starts a new run at call 1 after it', async () => {
    const paths = linesOf('not-now-series');
    const done = saved(await playSeries(dana, paths.kept), 'done');
    const retry = saved(await playSeries(dana, [paths.kept[0]!, ...paths.broken.slice(1)]), 'retry');
    const fresh = saved(await playSeries(dana, paths.broken.slice(0, 1)), 'fresh');
    const [before] = seriesRuns(dana, done);
    const halfway = seriesRuns(dana, [...done, retry[1]!]);
    expect(halfway.map((run) => [run.recordIds, run.next, run.retriedFrom])).toEqual([
      [['done-0', 'done-1', 'done-2'], null, null],
      [['done-0', 'retry-1'], 2, 1],
    ]);
    const runs = seriesRuns(dana, [...done, retry[1]!, retry[2]!, fresh[0]!]);
    expect(runs.map((run) => [run.recordIds, run.next, run.retriedFrom])).toEqual([
      [['done-0', 'done-1', 'done-2'], null, null],
      [['done-0', 'retry-1', 'retry-2'], null, 1],
      [['fresh-0'], 1, null],
    ]);
    expect(runs[0]!.report).toEqual(before!.report);
  });
});
