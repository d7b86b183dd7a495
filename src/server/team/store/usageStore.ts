// Model tokens used per person and UTC day, so budgets hold across restarts and managers can read usage.
import { sql } from 'kysely';
import type { TeamDeps } from '../teamDeps';

/** The UTC day of a time in milliseconds, `2026-05-04`. */
export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Adds one answered request's tokens to today's count. */
export async function recordUsage(deps: TeamDeps, userId: string, tokens: number): Promise<void> {
  await deps.db
    .insertInto('llm_usage')
    .values({ user_id: userId, day: utcDay(deps.clock.now()), tokens, requests: 1 })
    .onConflict((oc) => oc.columns(['user_id', 'day']).doUpdateSet({ tokens: sql`llm_usage.tokens + excluded.tokens`, requests: sql`llm_usage.requests + 1` }))
    .execute();
}

/** Today's tokens and the person's daily budget. */
export async function budgetToday(deps: TeamDeps, userId: string): Promise<{ used: number; budget: number }> {
  const user = await deps.db.selectFrom('users').select('daily_token_budget').where('id', '=', userId).executeTakeFirst();
  const row = await deps.db
    .selectFrom('llm_usage')
    .select('tokens')
    .where('user_id', '=', userId)
    .where('day', '=', utcDay(deps.clock.now()))
    .executeTakeFirst();
  return { used: row?.tokens ?? 0, budget: user?.daily_token_budget ?? deps.config.defaultDailyTokens };
}

/** Usage of `userIds` over the last `days` UTC days (today included), by person, newest day first. */
export async function usageOf(deps: TeamDeps, userIds: readonly string[], days: number) {
  if (userIds.length === 0) return [];
  const since = utcDay(deps.clock.now() - (days - 1) * 86_400_000);
  return deps.db
    .selectFrom('llm_usage')
    .selectAll()
    .where('user_id', 'in', [...userIds])
    .where('day', '>=', since)
    .orderBy('day', 'desc')
    .execute();
}
