import type { Scenario, ScenarioV2 } from './scenarioSchema';

/** Reads a version 2 scenario as version 3: version 3 only adds the optional series block, so a single call is unchanged. */
export function migrateScenarioV2toV3(v2: ScenarioV2): Scenario {
  return { ...v2, schemaVersion: 3 };
}
