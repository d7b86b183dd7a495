import type { Scenario, ScenarioV3 } from './scenarioSchema';

/**
 * Reads a version 3 scenario as version 4: version 4 only adds the optional mid-call better lines, so a version 3 file plays
 * as it did, and a mistake after the first line gets a line with no greeting or introduction (or none) from the scorer.
 */
export function migrateScenarioV3toV4(v3: ScenarioV3): Scenario {
  return { ...v3, schemaVersion: 4 };
}
