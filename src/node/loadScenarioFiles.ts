import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_SCENARIO_BYTES, parseScenarioText, type Scenario, type ValidationError } from '../core/scenario';
import { readLimitedText } from './readLimitedText';

/** The repository's scenarios/ folder. */
export const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios', import.meta.url));

/** One scenario file's outcome: the scenario, or its problems. */
export interface LoadedScenarioFile {
  file: string;
  scenario?: Scenario;
  errors: ValidationError[];
}

/** Lists the scenario files (.yaml, .yml, .json) in a folder, sorted. */
export async function listScenarioFiles(dir: string = SCENARIO_DIR): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((name) => /\.(ya?ml|json)$/i.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads and validates scenario files; also flags an id used by two files. */
export async function loadScenarioFiles(files: readonly string[]): Promise<LoadedScenarioFile[]> {
  const results: LoadedScenarioFile[] = [];
  const owners = new Map<string, string>();
  for (const file of files) {
    // Read within the size limit, so /dev/zero or a huge file is refused without being read whole.
    const read = await readLimitedText(file, MAX_SCENARIO_BYTES);
    if (!read.ok) {
      results.push({ file, errors: [{ path: '(file)', message: read.message }] });
      continue;
    }
    const parsed = parseScenarioText(read.text);
    if (!parsed.ok) {
      results.push({ file, errors: parsed.errors });
      continue;
    }
    const owner = owners.get(parsed.value.id);
    if (owner) {
      results.push({ file, errors: [{ path: 'id', message: `duplicate scenario id "${parsed.value.id}" (also in ${basename(owner)})` }] });
      continue;
    }
    owners.set(parsed.value.id, file);
    results.push({ file, scenario: parsed.value, errors: [] });
  }
  return results;
}

/** Every valid scenario in the repository, by id; throws listing the problems if any file is invalid. */
export async function loadScenarioLibrary(dir: string = SCENARIO_DIR): Promise<Map<string, Scenario>> {
  const loaded = await loadScenarioFiles(await listScenarioFiles(dir));
  const broken = loaded.filter((entry) => entry.errors.length > 0);
  if (broken.length > 0) {
    const lines = broken.flatMap((entry) => entry.errors.map((e) => `${basename(entry.file)}: At ${e.path}: ${e.message}`));
    throw new Error(`Invalid scenario files:\n${lines.join('\n')}`);
  }
  return new Map(loaded.map((entry) => [entry.scenario!.id, entry.scenario!]));
}
