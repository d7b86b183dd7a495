// Single-use invite links that expire: admins invite anyone, managers invite trainees to their teams.
import { Hono } from 'hono';
import { z } from 'zod';
import { assertManagesTeam, requireRole, teamIdsOf } from '../auth/access';
import { hashPassword } from '../auth/passwords';
import { startSession } from '../auth/sessions';
import { ApiError, conflict, forbidden, invalid } from '../http/ApiError';
import { emailField, passwordField, pathParam, plainName, roleField, uuidField } from '../http/fields';
import { readJson } from '../http/readJson';
import { newId, newToken, tokenHash } from '../secrets';
import { isoNow } from '../systemClock';
import type { TeamEnv } from '../teamDeps';

const createBody = z.strictObject({
  role: roleField,
  teamId: uuidField.optional(),
  expiresInHours: z
    .number()
    .int('expected a whole number')
    .min(1, 'expected at least 1 hour')
    .max(24 * 30, 'expected at most 720 hours (30 days)')
    .optional(),
});
const acceptBody = z.strictObject({ email: emailField, displayName: plainName(80), password: passwordField });
const tokenField = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'expected an invite token');

const notPending = () =>
  new ApiError(404, 'This invite is no longer pending: it was already used, withdrawn or has expired (or it never existed).', 'invite_not_pending');
const gone = () =>
  new ApiError(404, 'This invite link is not valid: it was already used, it has expired, or it never existed. Ask for a new one.', 'invite_invalid');

/** The address people open to join; the app's own route shows the form. */
function inviteUrl(base: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/#/join/${token}`;
}

export const inviteRoutes = new Hono<TeamEnv>()
  .post('/invites', async (c) => {
    const user = requireRole(c, ['admin', 'manager'], 'invite people');
    const deps = c.var.deps;
    const body = await readJson(c, createBody);
    if (user.role === 'manager' && body.role !== 'trainee') throw forbidden('Managers invite trainees; ask an admin to invite managers and admins.');
    if (body.role !== 'admin' && !body.teamId)
      throw invalid('A manager or trainee joins a team: give teamId.', [{ path: 'teamId', message: 'required for a manager or a trainee' }]);
    if (body.role === 'admin' && body.teamId) throw invalid('Admins are not invited into a team.', [{ path: 'teamId', message: 'not allowed for an admin' }]);
    if (body.teamId) await assertManagesTeam(deps, user, body.teamId);
    const token = newToken();
    const id = newId();
    const createdAt = isoNow(deps.clock);
    const expiresAt = new Date(deps.clock.now() + (body.expiresInHours ?? deps.config.inviteHours) * 3_600_000).toISOString();
    await deps.db
      .insertInto('invites')
      .values({
        id,
        token_hash: tokenHash(token),
        role: body.role,
        team_id: body.teamId ?? null,
        created_by: user.id,
        created_at: createdAt,
        expires_at: expiresAt,
        used_at: null,
        used_by: null,
      })
      .execute();
    const base = deps.config.publicUrl ?? new URL(c.req.url).origin;
    const invite = { id, role: body.role, teamId: body.teamId ?? null, createdBy: user.id, createdByName: user.displayName, createdAt, expiresAt };
    return c.json({ invite, token, url: inviteUrl(base, token) }, 201);
  })
  .get('/teams/:teamId/invites', async (c) => {
    const user = requireRole(c, ['admin', 'manager'], 'see invites');
    const deps = c.var.deps;
    const teamId = pathParam(c, 'teamId', uuidField);
    await assertManagesTeam(deps, user, teamId);
    const rows = await deps.db
      .selectFrom('invites')
      .innerJoin('users', 'users.id', 'invites.created_by')
      .select(['invites.id', 'invites.role', 'invites.created_by', 'users.display_name as created_by_name', 'invites.created_at', 'invites.expires_at'])
      .where('invites.team_id', '=', teamId)
      .where('invites.used_at', 'is', null)
      .where('invites.expires_at', '>', new Date(deps.clock.now()))
      .orderBy('invites.created_at')
      .orderBy('invites.id')
      .execute();
    return c.json({
      invites: rows.map((r) => ({
        id: r.id,
        role: r.role,
        createdBy: r.created_by,
        createdByName: r.created_by_name,
        createdAt: r.created_at.toISOString(),
        expiresAt: r.expires_at.toISOString(),
      })),
    });
  })
  .delete('/invites/:inviteId', async (c) => {
    const user = requireRole(c, ['admin', 'manager'], 'withdraw invites');
    const deps = c.var.deps;
    const inviteId = pathParam(c, 'inviteId', uuidField);
    const invite = await deps.db
      .selectFrom('invites')
      .select(['id', 'role', 'team_id'])
      .where('id', '=', inviteId)
      .where('used_at', 'is', null)
      .where('expires_at', '>', new Date(deps.clock.now()))
      .executeTakeFirst();
    if (!invite) throw notPending();
    if (user.role !== 'admin') {
      // Another team's invite answers like a missing one, so its id reveals nothing.
      const manages = invite.team_id && (await teamIdsOf(deps, user.id)).includes(invite.team_id);
      if (!manages) throw notPending();
      if (invite.role !== 'trainee') throw forbidden('Managers withdraw invites for trainees; ask an admin to withdraw one for a manager.');
    }
    // Withdrawn by expiring now: the row stays as a record of who was invited.
    const withdrawn = await deps.db
      .updateTable('invites')
      .set({ expires_at: isoNow(deps.clock) })
      .where('id', '=', invite.id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    // Accepted between the check and now: it is no longer pending.
    if (withdrawn.numUpdatedRows === 0n) throw notPending();
    return c.body(null, 204);
  })
  .get('/invites/:token', async (c) => {
    const deps = c.var.deps;
    const token = tokenField.safeParse(c.req.param('token'));
    if (!token.success) throw gone();
    const row = await deps.db
      .selectFrom('invites')
      .leftJoin('teams', 'teams.id', 'invites.team_id')
      .select(['invites.role', 'invites.expires_at', 'invites.used_at', 'teams.id as team_id', 'teams.name as team_name'])
      .where('invites.token_hash', '=', tokenHash(token.data))
      .executeTakeFirst();
    if (!row || row.used_at || row.expires_at.getTime() <= deps.clock.now()) throw gone();
    return c.json({ role: row.role, team: row.team_id ? { id: row.team_id, name: row.team_name } : null, expiresAt: row.expires_at.toISOString() });
  })
  .post('/invites/:token/accept', async (c) => {
    const deps = c.var.deps;
    const token = pathParam(c, 'token', tokenField);
    const body = await readJson(c, acceptBody);
    const passwordHash = await hashPassword(body.password);
    const userId = newId();
    const now = isoNow(deps.clock);
    const outcome = await deps.db.transaction().execute(async (tx) => {
      // Claimed in one statement: of two people racing for one link, only one gets it.
      const invite = await tx
        .updateTable('invites')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash(token))
        .where('used_at', 'is', null)
        .where('expires_at', '>', new Date(deps.clock.now()))
        .returning(['id', 'role', 'team_id'])
        .executeTakeFirst();
      if (!invite) return 'gone' as const;
      const taken = await tx.selectFrom('users').select('id').where('email', '=', body.email).executeTakeFirst();
      if (taken) return 'taken' as const;
      await tx
        .insertInto('users')
        .values({
          id: userId,
          email: body.email,
          display_name: body.displayName,
          role: invite.role,
          password_hash: passwordHash,
          daily_token_budget: null,
          created_at: now,
        })
        .execute();
      await tx.updateTable('invites').set({ used_by: userId }).where('id', '=', invite.id).execute();
      if (invite.team_id) await tx.insertInto('team_members').values({ team_id: invite.team_id, user_id: userId, added_at: now }).execute();
      return invite;
    });
    if (outcome === 'gone') throw gone();
    if (outcome === 'taken') throw conflict('Someone already signed up with that email: sign in instead, or use another address.', 'email_taken');
    const csrfToken = await startSession(c, userId);
    return c.json({ user: { id: userId, email: body.email, displayName: body.displayName, role: outcome.role }, teamId: outcome.team_id, csrfToken }, 201);
  });
