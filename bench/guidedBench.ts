import { loadScenarioLibrary } from '../src/node/loadScenarioFiles';
import { collectOfferedSets, heldOutAccuracy } from '../tests/core/persona/surfaceTells';

/** Chance of picking the strong line out of three by guessing. */
const CHANCE = 1 / 3;
/** The most a surface-feature classifier may reach on held-out scenarios before the guided lines count as giving it away. */
const TARGET = 0.45;

/**
 * How well the strong guided line can be spotted without thinking: a classifier over surface features (length, digits, times,
 * question marks, ...) trained on the lines offered in some scenarios and tested on the others (leave one scenario out).
 */
export async function runGuidedBench() {
  const library = await loadScenarioLibrary();
  const result = heldOutAccuracy(collectOfferedSets([...library.values()], [1, 2, 3, 4]));
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    strongLineSpottedBySurface: {
      heldOutAccuracy: round(result.accuracy),
      trainAccuracy: round(result.trainAccuracy),
      chance: round(CHANCE),
      sets: result.sets,
      scenarios: result.scenarios,
      target: { heldOutBelow: TARGET },
      pass: result.accuracy < TARGET,
    },
  };
}
