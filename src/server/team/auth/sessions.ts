// Sessions: a random token in an HttpOnly, SameSite=Strict cookie (Secure when configured); the database keeps
// only its hash, with the CSRF token that state-changing requests must echo in a header.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { newToken, tokenHash } from '../secrets';
import { isoNow } from '../systemClock';
import type { SessionUser, TeamDeps, TeamEnv } from '../teamDeps';

/** The header a signed-in client echoes its CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

/** `__Host-` ties the cookie to this exact origin, which browsers allow only with Secure. */
export const sessionCookieName = (secure: boolean) => (secure ? '__Host-dialed_in_session' : 'dialed_in_session');

/** Starts a session for `userId` and sets its cookie; returns the CSRF token. */
export async function startSession(c: Context<TeamEnv>, userId: string): Promise<string> {
  const { db, clock, config } = c.var.deps;
  const token = newToken();
  const csrfToken = newToken();
  const expires = clock.now() + config.sessionHours * 3_600_000;
  await db
    .insertInto('sessions')
    .values({ token_hash: tokenHash(token), user_id: userId, csrf_token: csrfToken, created_at: isoNow(clock), expires_at: new Date(expires).toISOString() })
    .execute();
  setCookie(c, sessionCookieName(config.secureCookies), token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: config.secureCookies,
    path: '/',
    maxAge: config.sessionHours * 3600,
  });
  return csrfToken;
}

/** The person whose session cookie came with the request, if it is valid and not expired. */
export async function userFromToken(deps: TeamDeps, token: string | undefined): Promise<SessionUser | undefined> {
  if (!token || token.length > 200) return undefined;
  const hash = tokenHash(token);
  const row = await deps.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.email', 'users.display_name', 'users.role', 'sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', hash)
    .executeTakeFirst();
  if (!row || row.expires_at.getTime() <= deps.clock.now()) return undefined;
  return { id: row.id, email: row.email, displayName: row.display_name, role: row.role, csrfToken: row.csrf_token, tokenHash: hash };
}

/** The session token of a request, from its cookie. */
export const sessionToken = (c: Context<TeamEnv>) => getCookie(c, sessionCookieName(c.var.deps.config.secureCookies));

/** Ends the request's session and clears its cookie. */
export async function endSession(c: Context<TeamEnv>, user: SessionUser): Promise<void> {
  await c.var.deps.db.deleteFrom('sessions').where('token_hash', '=', user.tokenHash).execute();
  deleteCookie(c, sessionCookieName(c.var.deps.config.secureCookies), { path: '/', secure: c.var.deps.config.secureCookies });
}
