// CSRF protection for state-changing requests: the Origin (and Sec-Fetch-Site) must be this site's, bodies must be
// JSON (a cross-site form cannot send that without a CORS preflight), and a signed-in caller must echo its CSRF token.
import type { MiddlewareHandler } from 'hono';
import { CSRF_HEADER } from '../auth/sessions';
import { sameSecret } from '../secrets';
import type { TeamEnv } from '../teamDeps';
import { ApiError } from './ApiError';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The origins this server answers as: the one the request was addressed to, and the configured public URL. */
function ownOrigins(url: string, host: string | undefined, publicUrl: string | undefined): Set<string> {
  const origins = new Set<string>();
  const requestUrl = new URL(url);
  if (host) origins.add(`${requestUrl.protocol}//${host}`);
  origins.add(requestUrl.origin);
  if (publicUrl) origins.add(new URL(publicUrl).origin);
  return origins;
}

export const csrfGuard: MiddlewareHandler<TeamEnv> = async (c, next) => {
  if (SAFE.has(c.req.method)) return next();
  const origin = c.req.header('origin');
  if (origin !== undefined && !ownOrigins(c.req.url, c.req.header('host'), c.var.deps.config.publicUrl).has(origin)) {
    throw new ApiError(403, 'This request came from another site, so it was refused.', 'csrf_origin');
  }
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    throw new ApiError(403, 'This request came from another site, so it was refused.', 'csrf_site');
  const user = c.var.user;
  if (user) {
    const sent = c.req.header(CSRF_HEADER);
    if (!sent || !sameSecret(sent, user.csrfToken)) {
      throw new ApiError(403, `Missing or wrong CSRF token: send the csrfToken from GET /api/me in the ${CSRF_HEADER} header.`, 'csrf_token');
    }
  }
  return next();
};
