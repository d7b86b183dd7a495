// Teams and their members; people and their model budgets (admins).
import { Hono } from 'hono';
import { z } from 'zod';
import { assertManagesTeam, requireRole, requireUser, teamIdsOf } from '../auth/access';
import { forbidden, notFound } from '../http/ApiError';
import { pathParam, plainName, uuidField } from '../http/fields';
import { readJson } from '../http/readJson';
import { newId } from '../secrets';
import { isoNow } from '../systemClock';
import type { TeamEnv } from '../teamDeps';

const teamBody = z.strictObject({ name: plainName(80) });
const memberBody = z.strictObject({ userId: uuidField });
const budgetBody = z.strictObject({
  dailyTokens: z.number().int('expected a whole number').min(0, 'expected 0 or more').max(100_000_000, 'expected at most 100,000,000').nullable(),
});

export const teamRoutes = new Hono<TeamEnv>()
  .get('/teams', async (c) => {
    const user = requireUser(c);
    const { db } = c.var.deps;
    let query = db.selectFrom('teams').select(['id', 'name', 'created_at']).orderBy('name');
    if (user.role !== 'admin') {
      const ids = await teamIdsOf(c.var.deps, user.id);
      if (ids.length === 0) return c.json({ teams: [] });
      query = query.where('id', 'in', ids);
    }
    const teams = await query.execute();
    return c.json({ teams: teams.map((t) => ({ id: t.id, name: t.name, createdAt: t.created_at.toISOString() })) });
  })
  .post('/teams', async (c) => {
    requireRole(c, ['admin'], 'create teams');
    const deps = c.var.deps;
    const body = await readJson(c, teamBody);
    const team = { id: newId(), name: body.name, created_at: isoNow(deps.clock) };
    await deps.db.insertInto('teams').values(team).execute();
    return c.json({ team: { id: team.id, name: team.name, createdAt: team.created_at } }, 201);
  })
  .get('/teams/:teamId/members', async (c) => {
    const user = requireUser(c);
    const teamId = pathParam(c, 'teamId', uuidField);
    await assertManagesTeam(c.var.deps, user, teamId);
    const rows = await c.var.deps.db
      .selectFrom('team_members')
      .innerJoin('users', 'users.id', 'team_members.user_id')
      .select(['users.id', 'users.email', 'users.display_name', 'users.role', 'team_members.added_at'])
      .where('team_members.team_id', '=', teamId)
      .orderBy('users.display_name')
      .execute();
    return c.json({ members: rows.map((r) => ({ id: r.id, email: r.email, displayName: r.display_name, role: r.role, addedAt: r.added_at.toISOString() })) });
  })
  .post('/teams/:teamId/members', async (c) => {
    requireRole(c, ['admin'], 'add people to teams');
    const deps = c.var.deps;
    const teamId = pathParam(c, 'teamId', uuidField);
    const body = await readJson(c, memberBody);
    const team = await deps.db.selectFrom('teams').select('id').where('id', '=', teamId).executeTakeFirst();
    if (!team) throw notFound('team');
    const person = await deps.db.selectFrom('users').select(['id', 'role']).where('id', '=', body.userId).executeTakeFirst();
    if (!person) throw notFound('person');
    await deps.db
      .insertInto('team_members')
      .values({ team_id: teamId, user_id: body.userId, added_at: isoNow(deps.clock) })
      .onConflict((oc) => oc.doNothing())
      .execute();
    return c.json({ teamId, userId: body.userId }, 201);
  })
  .delete('/teams/:teamId/members/:userId', async (c) => {
    const user = requireRole(c, ['admin', 'manager'], 'remove people from teams');
    const deps = c.var.deps;
    const teamId = pathParam(c, 'teamId', uuidField);
    const userId = pathParam(c, 'userId', uuidField);
    await assertManagesTeam(deps, user, teamId);
    const person = await deps.db.selectFrom('users').select('role').where('id', '=', userId).executeTakeFirst();
    if (!person) throw notFound('person');
    if (user.role === 'manager' && person.role !== 'trainee') throw forbidden('Managers remove trainees; ask an admin to remove a manager.');
    const removed = await deps.db.deleteFrom('team_members').where('team_id', '=', teamId).where('user_id', '=', userId).executeTakeFirst();
    if (removed.numDeletedRows === 0n) throw notFound('member of this team');
    return c.body(null, 204);
  })
  .get('/users', async (c) => {
    requireRole(c, ['admin'], 'list everyone');
    const deps = c.var.deps;
    const rows = await deps.db
      .selectFrom('users')
      .select(['id', 'email', 'display_name', 'role', 'daily_token_budget', 'created_at'])
      .orderBy('display_name')
      .execute();
    return c.json({
      defaultDailyTokens: deps.config.defaultDailyTokens,
      users: rows.map((r) => ({
        id: r.id,
        email: r.email,
        displayName: r.display_name,
        role: r.role,
        dailyTokenBudget: r.daily_token_budget,
        createdAt: r.created_at.toISOString(),
      })),
    });
  })
  .put('/users/:userId/budget', async (c) => {
    requireRole(c, ['admin'], 'set model budgets');
    const deps = c.var.deps;
    const userId = pathParam(c, 'userId', uuidField);
    const body = await readJson(c, budgetBody);
    const updated = await deps.db.updateTable('users').set({ daily_token_budget: body.dailyTokens }).where('id', '=', userId).executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw notFound('person');
    return c.json({ userId, dailyTokens: body.dailyTokens, effectiveDailyTokens: body.dailyTokens ?? deps.config.defaultDailyTokens });
  });
