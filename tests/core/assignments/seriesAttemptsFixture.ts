import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import { scoreSeries } from '../../../src/core/series/scoreSeries';
import { loadScenario } from '../persona/personaFixtures';
import { playSeries } from '../series/playSeries';

/** The lease series, and its kept (strong) and broken (weak) plays from the series fixture. */
export const lease: Scenario = loadScenario('lease-series');
/** The rep's lines for each call of the lease series: kept (strong) and broken (weak). */
export const { kept, broken } = JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/series/lease-series.json'), 'utf8')) as {
  kept: string[][];
  broken: string[][];
};

/** A scenario lookup that knows the lease series only. */
export const leaseOnly = (id: string): Scenario | undefined => (id === lease.id ? lease : undefined);

let minute = 0;

/** One play of the lease series through its calls (all, or the first `upTo`), saved as calls with ids `<prefix>-<n>`, and its series score. */
export async function leaseRun(prefix: string, way: 'kept' | 'broken', upTo = 2, assignmentId?: string) {
  const calls = await playSeries(lease, (way === 'kept' ? kept : broken).slice(0, upTo));
  const records = calls.map((call, index) => {
    minute++;
    const startedAt = `2026-01-10T10:${String(minute).padStart(2, '0')}:00.000Z`;
    return {
      id: `${prefix}-${index}`,
      scenarioId: call.played.id,
      startedAt,
      endedAt: startedAt,
      ...(assignmentId ? { assignmentId } : {}),
      transcript: call.transcript,
      overall: call.overall,
      report: { overall: call.overall },
    };
  });
  return { records, seriesScore: scoreSeries(lease.id, calls, lease.series!.calls.length).overall, callScores: calls.map((c) => c.overall) };
}
