import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import { validateScenario } from '../../../src/core/scenario/validateScenario';
import { toLabelledCall, type LabelledCall } from '../../../src/core/scoring/agreement';

const root = join(import.meta.dirname, '..', '..', '..');

/** The shipped scenario files, validated; throws with the paths when one is invalid. */
export function loadShippedScenarios(): Scenario[] {
  const dir = join(root, 'scenarios');
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => {
      const result = validateScenario(parse(readFileSync(join(dir, name), 'utf8')));
      if (!result.ok) throw new Error(`${name}: ${result.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
      return result.value;
    });
}

/** Every labelled call under tests/fixtures/calls, in path order. */
export function loadLabelledCalls(): LabelledCall[] {
  const dir = join(root, 'tests', 'fixtures', 'calls');
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.json')) files.push(join(entry.parentPath, entry.name));
  }
  return files.sort().map((file) => {
    const call = toLabelledCall(JSON.parse(readFileSync(file, 'utf8')), file.slice(dir.length + 1));
    if (!call) throw new Error(`${file} is not a labelled call`);
    return call;
  });
}
