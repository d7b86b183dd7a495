import type { ScenarioV2, ScenarioV3 } from './scenarioSchema';

/** Reads a version 2 scenario as version 3: version 3 only adds the optional series block, so a single call is unchanged. */
export function migrateScenarioV2toV3(v2: ScenarioV2): ScenarioV3 {
  return { ...v2, schemaVersion: 3 };
}
