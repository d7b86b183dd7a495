import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioText } from '../../src/core/scenario/parseScenarioText';
import type { Scenario } from '../../src/core/scenario/scenarioSchema';

/** A scenario file from the repository (scenarios/) or the test fixtures, validated. */
export function loadScenario(idOrFixture: string): Scenario {
  const candidates = [
    `../../scenarios/${idOrFixture}.yaml`,
    `../fixtures/scenarios/${idOrFixture}.yaml`,
    // Paths as strings: under jsdom the global URL is not the one node:fs accepts.
  ].map((relative) => fileURLToPath(new URL(relative, import.meta.url).href));
  const file = candidates.find((url) => existsSync(url));
  if (!file) throw new Error(`No scenario file for ${idOrFixture}`);
  const parsed = parseScenarioText(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`Invalid scenario ${idOrFixture}: ${parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  return parsed.value;
}
