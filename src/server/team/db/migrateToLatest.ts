// Schema changes are named, versioned migrations run in order by Kysely's migrator; add new ones to MIGRATIONS.
import { type Kysely, type Migration, Migrator } from 'kysely';
import * as m0001 from './migrations/m0001_initial';
import * as m0002 from './migrations/m0002_assignment_edits';

/** Every migration by name; names sort in the order they run and never change once shipped. */
export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_assignment_edits': m0002,
};

/** Brings the schema up to date; throws naming the migration that failed. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`Database migration ${failed ? `“${failed.migrationName}” ` : ''}failed: ${(error as Error).message ?? String(error)}`);
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
