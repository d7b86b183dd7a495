import { type Scenario, validateScenario, formatValidationError } from '../../core/scenario';
import { byDifficulty } from './byDifficulty';

/** A bundled scenario file that did not validate, with every problem found. */
export interface ScenarioProblem {
  file: string;
  messages: string[];
}

/** Validates raw scenario data by file name; files that fail are reported, not dropped silently. */
export function buildCatalog(files: Record<string, unknown>): { scenarios: Scenario[]; problems: ScenarioProblem[] } {
  const scenarios: Scenario[] = [];
  const problems: ScenarioProblem[] = [];
  const seen = new Set<string>();
  for (const [path, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.split('/').pop() ?? path;
    const result = validateScenario(data);
    if (!result.ok) problems.push({ file, messages: result.errors.map(formatValidationError) });
    else if (seen.has(result.value.id)) problems.push({ file, messages: [`duplicate scenario id "${result.value.id}"`] });
    else {
      seen.add(result.value.id);
      scenarios.push(result.value);
    }
  }
  return { scenarios: byDifficulty(scenarios), problems };
}

// The YAML plugin in vite.config.ts turns each file into JSON at build time, so no YAML parser ships to the browser.
const files = import.meta.glob('../../../scenarios/*.yaml', { eager: true, import: 'default' });

/** The scenarios in `scenarios/`, validated; loaded after the first screen, as they are most of the app's data. */
export const bundledScenarios = buildCatalog(files);
