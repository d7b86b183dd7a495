// 0002: when an assignment's rules were last changed and by whom, so managers and trainees can see an edit happened.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('assignments')
    .addColumn('updated_at', 'timestamptz')
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('assignments').dropColumn('updated_by').dropColumn('updated_at').execute();
}
