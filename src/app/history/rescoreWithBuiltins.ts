import type { Rescore } from '../../core/history';
import type { Scenario } from '../../core/scenario';
import type { Report } from '../../core/scoring';
import type { Transcript } from '../../core';

/** Builds a Rescore over a scenario list: undefined for an unknown scenario or a transcript the scorer rejects. */
export function makeRescore(scenarios: readonly Scenario[], score: (scenario: Scenario, transcript: Transcript) => Report): Rescore {
  const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  return (transcript) => {
    const scenario = byId.get(transcript.scenarioId);
    if (!scenario) return undefined;
    try {
      return score(scenario, transcript);
    } catch {
      return undefined;
    }
  };
}

/** Loads the scorer and the built-in scenarios on demand (they are only needed to repair a damaged saved score). */
export async function rescoreWithBuiltins(): Promise<Rescore> {
  const [{ loadBuiltInScenarios, useScenarioCatalog }, { scoreTranscript }] = await Promise.all([
    import('../scenarios/scenarioCatalog'),
    import('../../core/scoring/scoreTranscript'),
  ]);
  await loadBuiltInScenarios();
  return makeRescore(useScenarioCatalog.getState().scenarios, scoreTranscript);
}
