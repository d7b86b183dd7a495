import type { Scenario } from '../../core/scenario';

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

/** Orders scenarios easiest first, keeping their order within a difficulty. */
export function byDifficulty<T extends Pick<Scenario, 'difficulty'>>(list: T[]): T[] {
  return [...list].sort((a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty]);
}
