// First admin from the one-time setup code; signing in and out; who am I.
import { Hono } from 'hono';
import { z } from 'zod';
import { requireUser, teamIdsOf } from '../auth/access';
import { checkPassword, hashPassword } from '../auth/passwords';
import { endSession, startSession } from '../auth/sessions';
import { ApiError, conflict } from '../http/ApiError';
import { emailField, passwordField, plainName } from '../http/fields';
import { readJson } from '../http/readJson';
import { newId, sameSecret } from '../secrets';
import { isoNow } from '../systemClock';
import type { SessionUser, TeamEnv } from '../teamDeps';
import { clientAddress } from './clientAddress';

const setupBody = z.strictObject({ code: z.string().max(100), email: emailField, displayName: plainName(80), password: passwordField });
const signInBody = z.strictObject({ email: emailField, password: z.string().max(200) });

const publicUser = (u: Pick<SessionUser, 'id' | 'email' | 'displayName' | 'role'>) => ({ id: u.id, email: u.email, displayName: u.displayName, role: u.role });

function tooMany(seconds: number): ApiError {
  return new ApiError(429, `Too many failed tries: wait ${seconds} s and try again.`, 'rate_limited', undefined, { 'retry-after': String(seconds) });
}

export const authRoutes = new Hono<TeamEnv>()
  .get('/setup', async (c) => {
    const admin = await c.var.deps.db.selectFrom('users').select('id').where('role', '=', 'admin').executeTakeFirst();
    return c.json({ needed: !admin });
  })
  .post('/setup', async (c) => {
    const deps = c.var.deps;
    const body = await readJson(c, setupBody);
    const client = clientAddress(c);
    const wait = deps.signInLimiter.waitSeconds('(setup)', client);
    if (wait > 0) throw tooMany(wait);
    const code = deps.setup.code;
    if (!code) throw conflict('This server is already set up: sign in, or ask an admin for an invite.', 'already_set_up');
    if (!sameSecret(body.code.trim().toUpperCase(), code)) {
      deps.signInLimiter.failed('(setup)', client);
      throw new ApiError(403, 'That setup code is not the one this server printed when it started.', 'wrong_setup_code');
    }
    const passwordHash = await hashPassword(body.password);
    const id = newId();
    const created = await deps.db.transaction().execute(async (tx) => {
      // One setup wins even if two arrive together: the marker row can be inserted once.
      const marker = await tx
        .insertInto('settings')
        .values({ key: 'setup_done', value: isoNow(deps.clock) })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      if (marker.numInsertedOrUpdatedRows === 0n) return false;
      await tx
        .insertInto('users')
        .values({
          id,
          email: body.email,
          display_name: body.displayName,
          role: 'admin',
          password_hash: passwordHash,
          daily_token_budget: null,
          created_at: isoNow(deps.clock),
        })
        .execute();
      return true;
    });
    if (!created) throw conflict('This server is already set up: sign in, or ask an admin for an invite.', 'already_set_up');
    deps.setup.code = undefined;
    deps.log(`first admin created: ${body.email}`);
    const csrfToken = await startSession(c, id);
    return c.json({ user: publicUser({ id, email: body.email, displayName: body.displayName, role: 'admin' }), csrfToken }, 201);
  })
  .post('/session', async (c) => {
    const deps = c.var.deps;
    const body = await readJson(c, signInBody);
    const client = clientAddress(c);
    const wait = deps.signInLimiter.waitSeconds(body.email, client);
    if (wait > 0) throw tooMany(wait);
    const row = await deps.db.selectFrom('users').selectAll().where('email', '=', body.email).executeTakeFirst();
    if (!(await checkPassword(row?.password_hash, body.password)) || !row) {
      deps.signInLimiter.failed(body.email, client);
      throw new ApiError(401, 'Wrong email or password.', 'wrong_credentials');
    }
    deps.signInLimiter.succeeded(body.email);
    const csrfToken = await startSession(c, row.id);
    return c.json({ user: publicUser({ id: row.id, email: row.email, displayName: row.display_name, role: row.role }), csrfToken });
  })
  .delete('/session', async (c) => {
    const user = requireUser(c);
    await endSession(c, user);
    return c.body(null, 204);
  })
  .get('/me', async (c) => {
    const user = requireUser(c);
    const deps = c.var.deps;
    const ids = await teamIdsOf(deps, user.id);
    const teams = ids.length === 0 ? [] : await deps.db.selectFrom('teams').select(['id', 'name']).where('id', 'in', ids).orderBy('name').execute();
    return c.json({ user: publicUser(user), csrfToken: user.csrfToken, teams });
  });
