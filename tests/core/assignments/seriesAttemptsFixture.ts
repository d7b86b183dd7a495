import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioText } from '../../../src/core/scenario/parseScenarioText';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import { scoreSeries } from '../../../src/core/series/scoreSeries';
import { playSeries } from '../series/playSeries';

// Read by cwd, so component tests under jsdom (where import.meta.url is not a file URL) can use it too.
const parsed = parseScenarioText(readFileSync(join(process.cwd(), 'scenarios/lease-series.yaml'), 'utf8'));
if (!parsed.ok) throw new Error('scenarios/lease-series.yaml does not validate');

/** The lease series, and its kept (strong) and broken (weak) plays from the series fixture. */
export const lease: Scenario = parsed.value;
/** The rep's lines for each call of the lease series: kept (strong) and broken (weak). */
export const { kept, broken } = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/series/lease-series.json'), 'utf8')) as {
  kept: string[][];
  broken: string[][];
};

/** A scenario lookup that knows the lease series only. */
export const leaseOnly = (id: string): Scenario | undefined => (id === lease.id ? lease : undefined);

let minute = 0;

/** Saves played lease calls as calls with ids `<prefix>-<n>`, each a minute after the last. */
function saveCalls(prefix: string, calls: Awaited<ReturnType<typeof playSeries>>, assignmentId?: string, from = 0) {
  return calls.map((call, index) => {
    minute++;
    const startedAt = new Date(Date.UTC(2026, 0, 10, 10, minute)).toISOString();
    return {
      id: `${prefix}-${from + index}`,
      scenarioId: call.played.id,
      startedAt,
      endedAt: startedAt,
      ...(assignmentId ? { assignmentId } : {}),
      transcript: call.transcript,
      overall: call.overall,
      report: { overall: call.overall },
    };
  });
}

/** One play of the lease series through its calls (all, or the first `upTo`), saved as calls with ids `<prefix>-<n>`, and its series score. */
export async function leaseRun(prefix: string, way: 'kept' | 'broken', upTo = 2, assignmentId?: string) {
  const calls = await playSeries(lease, (way === 'kept' ? kept : broken).slice(0, upTo));
  const records = saveCalls(prefix, calls, assignmentId);
  return { records, seriesScore: scoreSeries(lease.id, calls, lease.series!.calls.length).overall, callScores: calls.map((c) => c.overall) };
}

/**
 * The lease series' last call played again after a run's first call played `way`, this time with the other way's
 * lines: one retry record `<prefix>-1`, and the series score the calls would have together.
 */
export async function leaseRetry(prefix: string, way: 'kept' | 'broken', assignmentId?: string) {
  const calls = await playSeries(lease, [(way === 'kept' ? kept : broken)[0]!, (way === 'kept' ? broken : kept)[1]!]);
  const [record] = saveCalls(prefix, calls.slice(1), assignmentId, 1);
  return { record: record!, seriesScore: scoreSeries(lease.id, calls, lease.series!.calls.length).overall };
}
