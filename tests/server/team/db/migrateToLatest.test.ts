import { PGlite } from '@electric-sql/pglite';
import { Kysely, Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateToLatest } from '../../../../src/server/team/db/migrateToLatest';
import { PgliteDialect } from '../../../../src/server/team/db/pgliteDialect';
import type { TeamDatabase } from '../../../../src/server/team/db/teamDatabase';
import { freshPgliteFolder, removePgliteFolders } from '../../../support/teamHarness';

describe('migrating a team database made by an earlier version', () => {
  let db: Kysely<TeamDatabase>;
  beforeAll(async () => {
    db = new Kysely<TeamDatabase>({ dialect: new PgliteDialect(await PGlite.create(await freshPgliteFolder())) });
    // The database as the first release left it: only the initial migration, with an assignment in it.
    const first = new Migrator({ db: db as Kysely<unknown>, provider: { getMigrations: async () => ({ '0001_initial': MIGRATIONS['0001_initial']! }) } });
    expect((await first.migrateToLatest()).error).toBeUndefined();
    await db
      .insertInto('users')
      .values({
        id: 'u1',
        email: 'mia@example.com',
        display_name: 'Mia',
        role: 'manager',
        password_hash: 'x',
        daily_token_budget: null,
        created_at: '2026-01-01T00:00:00Z',
      })
      .execute();
    await db.insertInto('teams').values({ id: 't1', name: 'Team', created_at: '2026-01-01T00:00:00Z' }).execute();
    await db
      .insertInto('assignments')
      .values({
        id: 'a1',
        team_id: 't1',
        created_by: 'u1',
        created_at: '2026-01-02T00:00:00Z',
        archived_at: null,
        definition: JSON.stringify({ title: 'Old' }),
      })
      .execute();
  });
  afterAll(async () => {
    await db?.destroy();
    removePgliteFolders();
  });

  it('adds when and by whom an assignment was last edited, keeping the assignments there are', async () => {
    expect(await migrateToLatest(db as Kysely<unknown>)).toEqual(['0002_assignment_edits']);
    const row = await db.selectFrom('assignments').selectAll().where('id', '=', 'a1').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ updated_at: null, updated_by: null, definition: { title: 'Old' } });
    expect(await migrateToLatest(db as Kysely<unknown>)).toEqual([]);
  });
});
