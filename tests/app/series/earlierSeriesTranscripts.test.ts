import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { earlierCallsOf } from '../../../src/app/series/earlierSeriesTranscripts';
import { seriesRuns } from '../../../src/core/series/seriesRuns';
import { playSeries } from '../../core/series/playSeries';
import { loadScenario } from '../../core/persona/personaFixtures';

const lease = loadScenario('lease-series');
const { kept, broken } = JSON.parse(readFileSync(new URL('../../fixtures/series/lease-series.json', import.meta.url), 'utf8')) as {
  kept: string[][];
  broken: string[][];
};

async function savedRun(prefix: string, lines: string[][]) {
  const calls = await playSeries(lease, lines);
  return calls.map((call, index) => ({ id: `${prefix}-${index}`, scenarioId: call.played.id, transcript: call.transcript, overall: call.overall }));
}

describe('earlierCallsOf', () => {
  it('gives a call just finished the calls of the latest run before it, as it was played after them', async () => {
    const [first] = await savedRun('a', kept);
    const runs = seriesRuns(lease, [first!]);
    expect(earlierCallsOf({ id: 'new', scenarioId: 'lease-series/promised-call' }, runs, [first!])).toEqual([first!.transcript]);
    expect(earlierCallsOf({ id: 'new', scenarioId: 'lease-series/plates-late' }, runs, [first!])).toEqual([]);
  });

  it('gives a saved call the calls before it in its own run, not the latest run', async () => {
    const good = await savedRun('good', kept);
    const poor = await savedRun('poor', broken);
    const records = [...good, ...poor];
    const runs = seriesRuns(lease, records);
    expect(earlierCallsOf({ id: 'good-1', scenarioId: 'lease-series/promised-call' }, runs, records)).toEqual([good[0]!.transcript]);
    expect(earlierCallsOf({ id: 'poor-1', scenarioId: 'lease-series/promised-call' }, runs, records)).toEqual([poor[0]!.transcript]);
  });

  it('gives fewer calls than needed when history has lost them, and none with no run at all', async () => {
    const [first] = await savedRun('a', kept);
    const runs = seriesRuns(lease, [first!]);
    expect(earlierCallsOf({ id: 'new', scenarioId: 'lease-series/promised-call' }, runs, [])).toEqual([]);
    expect(earlierCallsOf({ id: 'new', scenarioId: 'lease-series/promised-call' }, [], [])).toEqual([]);
  });
});
