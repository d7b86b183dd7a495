import { seriesIdOf } from '../scenario/seriesCallScenario';
import type { Scenario } from '../scenario/scenarioSchema';
import { seriesCallIndex, seriesRuns } from '../series/seriesRuns';
import type { Attempt } from './resultsSchema';
import type { ScenarioLookup } from './scenarioAttempts';

/** The scenario a call was played under, or in plain words why it cannot be known here. */
export type PlayedScenario = { scenario: Scenario } | { unknown: string };

function seriesCallsPlayed(seriesId: string, calls: readonly Attempt[], scenarioOf: ScenarioLookup, out: Map<string, PlayedScenario>): void {
  const series = scenarioOf(seriesId);
  if (!series?.series) {
    for (const call of calls) out.set(call.id, { unknown: `the series "${seriesId}" is not available here, so the score could not be checked` });
    return;
  }
  // The same runs the trainee's app played: each call after the calls before it in its run, oldest first.
  const ordered = [...calls].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const saved = ordered.map((c) => ({ id: c.id, scenarioId: c.scenarioId, transcript: c.transcript, overall: c.report.overall }));
  for (const run of seriesRuns(series, saved)) run.recordIds.forEach((id, index) => out.set(id, { scenario: run.played[index]! }));
  const title = series.series.title;
  for (const call of ordered) {
    if (out.has(call.id)) continue;
    const index = seriesCallIndex(series, call.scenarioId);
    out.set(call.id, {
      unknown:
        index < 0
          ? `the series “${title}” has no call "${call.scenarioId.slice(seriesId.length + 1)}" here, so the score could not be checked`
          : `call ${index + 1} of the series “${title}” does not follow the calls before it in this file (they were not exported with it, or it was played again later), so the customer it met cannot be rebuilt and the score could not be checked`,
    });
  }
}

/**
 * The scenario each attempt was played under, by attempt id. A single call plays its scenario as written; a series
 * call plays the call as the app rebuilt it from the calls before it in its run, so it is rebuilt here the same way.
 */
export function playedScenarios(attempts: readonly Attempt[], scenarioOf: ScenarioLookup): Map<string, PlayedScenario> {
  const out = new Map<string, PlayedScenario>();
  const bySeries = new Map<string, Attempt[]>();
  for (const attempt of attempts) {
    const seriesId = seriesIdOf(attempt.scenarioId);
    if (seriesId !== attempt.scenarioId) bySeries.set(seriesId, [...(bySeries.get(seriesId) ?? []), attempt]);
    else {
      const scenario = scenarioOf(attempt.scenarioId);
      out.set(
        attempt.id,
        scenario ? { scenario } : { unknown: `the scenario "${attempt.scenarioId}" is not available here, so the score could not be checked` },
      );
    }
  }
  for (const [seriesId, calls] of bySeries) seriesCallsPlayed(seriesId, calls, scenarioOf, out);
  return out;
}
