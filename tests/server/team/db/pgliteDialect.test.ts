import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../../src/server/team/db/openDatabase';
import { freshTarget, removePgliteFolders } from '../../../support/teamHarness';

describe('Kysely over PGlite', () => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await openDatabase(await freshTarget('pglite'));
  });
  afterAll(async () => {
    await database?.close();
    removePgliteFolders();
  });

  it('runs the named migrations once', async () => {
    expect(database.migrated).toEqual(['0001_initial', '0002_assignment_edits']);
  });

  it('rolls a failed transaction back, and runs concurrent queries one at a time without losing any', async () => {
    const { db } = database;
    await expect(
      db.transaction().execute(async (tx) => {
        await tx.insertInto('settings').values({ key: 'rolled-back', value: '1' }).execute();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db
          .insertInto('settings')
          .values({ key: `k${i}`, value: String(i) })
          .execute(),
      ),
    );
    const keys = (await db.selectFrom('settings').select('key').execute()).map((r) => r.key);
    expect(keys).not.toContain('rolled-back');
    expect(keys).toHaveLength(20);
  });
});
