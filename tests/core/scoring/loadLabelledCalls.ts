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

/** The development calls (tuned on) and the held-out calls (frozen before the engine changed, never tuned on). */
export type CorpusSet = 'dev' | 'heldout';

/** Where each set lives under tests/fixtures. */
export const CORPUS_DIRS: Record<CorpusSet, string> = {
  dev: join(root, 'tests', 'fixtures', 'calls'),
  heldout: join(root, 'tests', 'fixtures', 'heldout'),
};

/** The JSON files of a set, relative to its folder, in path order. */
export function corpusFiles(set: CorpusSet): string[] {
  const dir = CORPUS_DIRS[set];
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.json')) files.push(join(entry.parentPath, entry.name).slice(dir.length + 1));
  }
  return files.sort();
}

/** Every labelled call of a set, named by its path inside the set's folder; throws on a file that is not one. */
export function loadCorpus(set: CorpusSet): LabelledCall[] {
  return corpusFiles(set).map((file) => {
    const call = toLabelledCall(JSON.parse(readFileSync(join(CORPUS_DIRS[set], file), 'utf8')), file);
    if (!call) throw new Error(`${set}/${file} is not a labelled call`);
    return call;
  });
}

/** Every labelled development call under tests/fixtures/calls, in path order. */
export function loadLabelledCalls(): LabelledCall[] {
  return loadCorpus('dev');
}
