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

/** The lease scenario with its principle weights pinned, so judge tests do not move when the scenario file is retuned. */
export function leaseWithFixedWeights(): Scenario {
  return {
    ...loadScenario('lease-follow-up'),
    principles: { 'purpose-first': 3, 'know-the-history': 2, 'own-the-issue': 3, 'bring-value': 2, 'referral-timing': 3, 'next-step': 2, 'respect-time': 1 },
  };
}
