import { seriesCallId, type Scenario } from '../../core/scenario';

/**
 * The call an assignment's Play button opens: the next call of the series run under way, else call 1 of a series (a
 * new attempt, whatever was played outside the assignment), else the scenario itself.
 */
export function assignmentCallId(scenarioId: string, scenario: Scenario | undefined, run?: { nextCallId: string }): string {
  if (run) return run.nextCallId;
  const first = scenario?.series?.calls[0];
  return first ? seriesCallId(scenarioId, first.id) : scenarioId;
}
