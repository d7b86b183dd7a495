import { loadScenarioLibrary } from '../src/node/loadScenarioFiles';
import { seriesCallScenario } from '../src/core/scenario';
import { strongPicksAfterSlips } from '../tests/core/persona/strongAfterSlips';
import { collectOfferedSets, dayNameTell, heldOutAccuracy } from '../tests/core/persona/surfaceTells';

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
  // Each call of a series is held out as a scenario of its own.
  const calls = [...library.values()].flatMap((scenario) =>
    scenario.series ? scenario.series.calls.map((_, i) => seriesCallScenario(scenario, i)) : [scenario],
  );
  const offered = collectOfferedSets(calls, [1, 2, 3, 4]);
  const result = heldOutAccuracy(offered);
  const days = dayNameTell(offered);
  const single = heldOutAccuracy(
    collectOfferedSets(
      [...library.values()].filter((scenario) => !scenario.series),
      [1, 2, 3, 4],
    ),
  );
  const afterSlips = strongPicksAfterSlips(
    [...library.values()].filter((scenario) => !scenario.series),
    'every',
  );
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    strongLineSpottedBySurface: {
      heldOutAccuracy: round(result.accuracy),
      singleCallScenariosOnly: round(single.accuracy),
      byScenario: result.byScenario,
      trainAccuracy: round(result.trainAccuracy),
      chance: round(CHANCE),
      sets: result.sets,
      scenarios: result.scenarios,
      target: { heldOutBelow: TARGET },
      pass: result.accuracy < TARGET,
    },
    // "Pick the line with a day in it": the tell a trainee spots first.
    strongLineSpottedByADayName: {
      linesNamingADay: days.linesNamingADay,
      strongShareOfThem: round(days.strongShare),
      pickTheDayLine: round(days.pickTheDayLine),
      chance: round(CHANCE),
      target: { pickTheDayLineBelow: TARGET },
      pass: days.pickTheDayLine < TARGET,
    },
    // Strong picks after two or three weak or poor ones, at every difficulty and seed: none may cost patience.
    strongPickAfterSlips: {
      states: afterSlips.states,
      costly: afterSlips.costly.length,
      examples: afterSlips.costly.slice(0, 5),
      pass: afterSlips.costly.length === 0,
    },
  };
}
