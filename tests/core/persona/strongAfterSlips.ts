import type { Difficulty, Scenario } from '../../../src/core/scenario/scenarioSchema';
import { playGuided, type Policy } from './guidedPlay';

/** Strong play with two or three weak or poor picks among the first six, in every combination: the states a struggling trainee reaches. */
export const STRONG_AFTER_SLIPS: Policy[] = [0, 1, 2, 3, 4, 5].flatMap((a) =>
  [a + 1, a + 2, a + 3, a + 4, a + 5]
    .filter((b) => b < 6)
    .flatMap((b) =>
      [undefined, ...[b + 1, b + 2, b + 3, b + 4].filter((c) => c < 7)].flatMap((c) =>
        (['weak', 'poor'] as const).flatMap((first) =>
          (['weak', 'poor'] as const).map((second) => ({
            slips: c === undefined ? { [a]: first, [b]: second } : { [a]: first, [b]: second, [c]: 'weak' as const },
          })),
        ),
      ),
    ),
);

export const DIFFICULTIES: readonly Difficulty[] = ['easy', 'medium', 'hard'];

/** Which difficulties and seeds play each policy: every one of them (the bench), or one pair turn about (the tests). */
export type Sweep = 'every' | 'turn-about';

/** The distinct states such play reaches, and those where the strong pick cost patience. */
export function strongPicksAfterSlips(scenarios: readonly Scenario[], sweep: Sweep): { states: number; costly: string[] } {
  const states = new Set<string>();
  const costly = new Set<string>();
  const runs = DIFFICULTIES.flatMap((difficulty) => [1, 2].map((seed) => ({ difficulty, seed })));
  for (const scenario of scenarios) {
    STRONG_AFTER_SLIPS.forEach((policy, i) => {
      for (const { difficulty, seed } of sweep === 'every' ? runs : [runs[i % runs.length]!]) {
        for (const step of playGuided(scenario, policy, difficulty, seed).steps) {
          const key = `${scenario.id} ${difficulty} ${seed}: ${step.before.map((turn) => turn.text).join(' / ')} → ${step.picked.text}`;
          states.add(key);
          if (step.picked.quality === 'strong' && step.patienceAfter < step.patienceBefore) costly.add(key);
        }
      }
    });
  }
  return { states: states.size, costly: [...costly] };
}
