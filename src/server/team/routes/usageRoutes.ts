// Model usage per person and day: managers read their teams', everyone their own.
import { Hono } from 'hono';
import { assertManagesTeam, requireRole, requireUser } from '../auth/access';
import { invalid } from '../http/ApiError';
import { pathParam, uuidField } from '../http/fields';
import { budgetToday, usageOf, utcDay } from '../store/usageStore';
import type { TeamEnv } from '../teamDeps';

function daysParam(raw: string | undefined): number {
  if (raw === undefined) return 7;
  const days = Number(raw);
  if (!/^\d+$/.test(raw) || days < 1 || days > 90) throw invalid('days must be a whole number from 1 to 90.', [{ path: 'days', message: 'expected 1 to 90' }]);
  return days;
}

export const usageRoutes = new Hono<TeamEnv>()
  .get('/me/usage', async (c) => {
    const user = requireUser(c);
    const deps = c.var.deps;
    const { used, budget } = await budgetToday(deps, user.id);
    const days = await usageOf(deps, [user.id], daysParam(c.req.query('days')));
    return c.json({
      today: utcDay(deps.clock.now()),
      usedToday: used,
      dailyBudget: budget,
      days: days.map((d) => ({ day: d.day, tokens: d.tokens, requests: d.requests })),
    });
  })
  .get('/teams/:teamId/usage', async (c) => {
    const user = requireRole(c, ['admin', 'manager'], "read the team's model usage");
    const deps = c.var.deps;
    const teamId = pathParam(c, 'teamId', uuidField);
    await assertManagesTeam(deps, user, teamId);
    const members = await deps.db
      .selectFrom('team_members')
      .innerJoin('users', 'users.id', 'team_members.user_id')
      .select(['users.id', 'users.display_name', 'users.role', 'users.daily_token_budget'])
      .where('team_members.team_id', '=', teamId)
      .orderBy('users.display_name')
      .execute();
    const rows = await usageOf(
      deps,
      members.map((m) => m.id),
      daysParam(c.req.query('days')),
    );
    const today = utcDay(deps.clock.now());
    return c.json({
      today,
      people: members.map((m) => {
        const days = rows.filter((r) => r.user_id === m.id).map((r) => ({ day: r.day, tokens: r.tokens, requests: r.requests }));
        return {
          userId: m.id,
          displayName: m.display_name,
          role: m.role,
          dailyBudget: m.daily_token_budget ?? deps.config.defaultDailyTokens,
          usedToday: days.find((d) => d.day === today)?.tokens ?? 0,
          days,
        };
      }),
    });
  });
