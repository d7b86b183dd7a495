// Opens the team database: PGlite in a data folder by default, or a PostgreSQL server when a URL is given.
import { mkdirSync } from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import { migrateToLatest } from './migrateToLatest';
import type { TeamDatabase } from './teamDatabase';

/** Where the data lives: a folder for PGlite (`memory://` for none), or a PostgreSQL connection URL. */
export type DatabaseTarget = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string; maxConnections?: number };

/** An open, migrated database. */
export interface OpenDatabase {
  db: Kysely<TeamDatabase>;
  /** What it is, for the start-up message (never the password). */
  describe: string;
  /** Migrations run by this start. */
  migrated: string[];
  close(): Promise<void>;
}

const redactUrl = (url: string) => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/** Opens and migrates the database. */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  let db: Kysely<TeamDatabase>;
  let describe: string;
  if (target.kind === 'postgres') {
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({ connectionString: target.url, max: target.maxConnections ?? 10 });
    // An idle connection dropped by the server (a restart, a failover) is replaced on next use, not fatal.
    pool.on('error', () => {});
    db = new Kysely<TeamDatabase>({ dialect: new PostgresDialect({ pool }) });
    describe = `PostgreSQL at ${redactUrl(target.url)}`;
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PgliteDialect } = await import('./pgliteDialect');
    if (!target.dataDir.startsWith('memory://')) mkdirSync(target.dataDir, { recursive: true });
    const pglite = await PGlite.create(target.dataDir);
    db = new Kysely<TeamDatabase>({ dialect: new PgliteDialect(pglite) });
    describe = `embedded PostgreSQL (PGlite) in ${target.dataDir}`;
  }
  try {
    const migrated = await migrateToLatest(db as Kysely<unknown>);
    return { db, describe, migrated, close: () => db.destroy() };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
