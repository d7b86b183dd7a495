/** A named, one-step upgrade of a saved call record from `from` to `from + 1`. */
export interface Migration {
  name: string;
  from: number;
  up(record: Record<string, unknown>): Record<string, unknown>;
}

/**
 * Every upgrade saved records have needed, in order. Never edit a shipped one: add a new one.
 * Version 1 records (the first format) kept the trainee's goal and settings beside the transcript.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'move-goal-and-seed-into-transcript',
    from: 1,
    up(record) {
      const transcript = { ...(record.transcript as Record<string, unknown> | undefined) };
      if (typeof record.goal === 'string' && transcript.goal === undefined) transcript.goal = record.goal;
      if (typeof record.seed === 'number' && transcript.seed === undefined) transcript.seed = record.seed;
      if (typeof record.difficulty === 'string' && transcript.difficulty === undefined) transcript.difficulty = record.difficulty;
      const { goal: _goal, seed: _seed, difficulty: _difficulty, ...rest } = record;
      return { ...rest, transcript, version: 2 };
    },
  },
];

/** Applies the migrations a record needs, in order; returns the names applied. */
export function migrateRecord(record: Record<string, unknown>, target: number): { record: Record<string, unknown>; applied: string[] } {
  let current = record;
  const applied: string[] = [];
  for (const migration of MIGRATIONS) {
    const version = typeof current.version === 'number' ? current.version : 1;
    if (version === migration.from && version < target) {
      current = migration.up(current);
      applied.push(migration.name);
    }
  }
  return { record: current, applied };
}
