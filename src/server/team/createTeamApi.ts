// The team API under /api: sessions and CSRF checks first, then the routes; every error is JSON with a plain sentence.
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { PROXY_BASE_PATH, PROXY_CONFIG_PATH } from '../../llm/llmDefaults';
import type { Middleware } from '../startServer';
import { sessionToken, userFromToken } from './auth/sessions';
import { ApiError } from './http/ApiError';
import { csrfGuard } from './http/csrfGuard';
import { assignmentRoutes } from './routes/assignmentRoutes';
import { authRoutes } from './routes/authRoutes';
import { callRoutes } from './routes/callRoutes';
import { inviteRoutes } from './routes/inviteRoutes';
import { managerRoutes } from './routes/managerRoutes';
import { teamRoutes } from './routes/teamRoutes';
import { usageRoutes } from './routes/usageRoutes';
import type { TeamDeps, TeamEnv } from './teamDeps';

/** The Hono app serving /api/*. */
export function createTeamApp(deps: TeamDeps): Hono<TeamEnv> {
  const app = new Hono<TeamEnv>().basePath('/api');
  app.use(async (c, next) => {
    c.set('deps', deps);
    c.set('user', await userFromToken(deps, sessionToken(c)));
    await next();
    c.header('cache-control', 'no-store');
  });
  app.use(csrfGuard);
  app.get('/health', (c) => c.json({ ok: true }));
  app.route('/', authRoutes);
  app.route('/', inviteRoutes);
  app.route('/', teamRoutes);
  app.route('/', assignmentRoutes);
  app.route('/', callRoutes);
  app.route('/', managerRoutes);
  app.route('/', usageRoutes);
  app.notFound((c) => c.json({ error: { message: `No API endpoint ${c.req.method} ${c.req.path}.`, code: 'no_such_endpoint' } }, 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
      return c.json({ error: { message: error.message, code: error.code, ...(error.problems ? { problems: error.problems } : {}) } }, error.status);
    }
    if (error instanceof HTTPException) return c.json({ error: { message: error.message, code: 'http_error' } }, error.status);
    deps.log(`API error on ${c.req.method} ${c.req.path}: ${(error as Error).stack ?? String(error)}`);
    return c.json({ error: { message: 'The team server hit an error; it has been logged.', code: 'server_error' } }, 500);
  });
  return app;
}

/** The API as a middleware of `startServer`: it takes /api/* except the model proxy's paths. */
export function teamApiMiddleware(deps: TeamDeps): Middleware {
  const listener = getRequestListener(createTeamApp(deps).fetch);
  return async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (!path.startsWith('/api/') || path === PROXY_CONFIG_PATH || path.startsWith(`${PROXY_BASE_PATH}/`)) return false;
    await listener(req, res);
    return true;
  };
}
