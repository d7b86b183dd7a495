import { seriesCallId, seriesIdOf } from '../scenario/seriesCallScenario';
import type { ValidationError } from '../scenario/validationError';
import { seriesCallIndex } from '../series/seriesRuns';
import type { ScenarioLookup } from './scenarioAttempts';

/**
 * A call's scenario id names a scenario of the assignment, and, for a series known here, one of its calls
 * ("lease-series/promised-call"): a series is always played call by call, never under its own id.
 */
export function checkCallScenario(id: string, scenarioIds: ReadonlySet<string>, scenarioOf: ScenarioLookup, path: string): ValidationError[] {
  const seriesId = seriesIdOf(id);
  if (!scenarioIds.has(seriesId)) {
    const message =
      seriesId === id ? `"${id}" is not a scenario of this assignment` : `"${id}" is a call of "${seriesId}", which is not a scenario of this assignment`;
    return [{ path, message }];
  }
  const scenario = scenarioOf(seriesId);
  // A scenario this app does not have is checked no further here; re-scoring says it could not check it.
  if (!scenario) return [];
  const calls = scenario.series?.calls ?? [];
  if (seriesId === id)
    return calls.length === 0 ? [] : [{ path, message: `"${id}" is a series: expected one of its calls, such as "${seriesCallId(id, calls[0]!.id)}"` }];
  const callId = id.slice(seriesId.length + 1);
  if (calls.length === 0) return [{ path, message: `"${seriesId}" is not a series, so it has no call "${callId}"` }];
  if (seriesCallIndex(scenario, id) >= 0) return [];
  return [{ path, message: `the series "${seriesId}" has no call "${callId}" (its calls: ${calls.map((c) => `"${c.id}"`).join(', ')})` }];
}
