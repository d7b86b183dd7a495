import { readdirSync, readFileSync } from 'node:fs';
import { parseScenarioText } from '../../../src/core/scenario/parseScenarioText';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import { formatValidationError } from '../../../src/core/scenario/validationError';

/** The repository's scenarios/ folder. */
export const SCENARIO_DIR = new URL('../../../scenarios/', import.meta.url);
/** tests/fixtures/persona/ */
export const PERSONA_FIXTURES = new URL('../../fixtures/persona/', import.meta.url);

/** The seven shipped scenario ids. */
export const SCENARIO_IDS = [
  'lease-follow-up',
  'busy-executive',
  'not-now-shopper',
  'not-now-voicemail',
  'quote-follow-up',
  'third-call',
  'industry-news',
  'late-delivery',
  'happy-renewal',
] as const;

/** The shipped series of calls (scenario files with a series block). */
export const SERIES_IDS = ['lease-series', 'not-now-series', 'demo-series'] as const;

/** Scenario file names in scenarios/. */
export function scenarioFiles(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort();
}

const loaded = new Map<string, Scenario>();

/** Loads and validates one scenario by id (once per test file); throws with every validation message if it is invalid. */
export function loadScenario(id: string): Scenario {
  const known = loaded.get(id);
  if (known) return known;
  const result = parseScenarioText(readFileSync(new URL(`${id}.yaml`, SCENARIO_DIR), 'utf8'));
  if (!result.ok) throw new Error(result.errors.map(formatValidationError).join('\n'));
  loaded.set(id, result.value);
  return result.value;
}

/** The good and bad rep lines of a scenario, shared with the app's e2e tests, the CLI and the bench. */
export function linesFor(id: string): { good: string[]; bad: string[] } {
  return JSON.parse(readFileSync(new URL(`lines/${id}.json`, PERSONA_FIXTURES), 'utf8'));
}
