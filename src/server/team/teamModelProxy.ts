// The model proxy in team mode: only signed-in people reach it, each under their own daily token budget,
// and what each request used is recorded against its person.
import type { IncomingMessage } from 'node:http';
import { PROXY_BASE_PATH, PROXY_CONFIG_PATH } from '../../llm/llmDefaults';
import { createLlmProxy, type LlmProxyOptions } from '../llmProxy';
import type { Middleware } from '../startServer';
import { sessionCookieName, userFromToken } from './auth/sessions';
import { budgetToday, recordUsage } from './store/usageStore';
import type { TeamDeps } from './teamDeps';

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

const refuse = (res: Parameters<Middleware>[1], status: number, message: string, code: string, type = 'proxy_error') => {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...(status === 429 ? { 'x-should-retry': 'false' } : {}),
  });
  res.end(JSON.stringify({ error: { message, type, code } }));
  return true;
};

/** Wraps the model proxy of `npm start` with sign-in and per-person budgets. */
export function createTeamModelProxy(deps: TeamDeps, options: Omit<LlmProxyOptions, 'onUsage'>): Middleware {
  const owners = new WeakMap<IncomingMessage, string>();
  const proxy = createLlmProxy({
    ...options,
    onUsage: (req, tokens) => {
      const userId = owners.get(req);
      if (userId) recordUsage(deps, userId, tokens).catch((error: unknown) => deps.log(`could not record model usage: ${(error as Error).message}`));
    },
  });
  return async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path !== PROXY_CONFIG_PATH && !path.startsWith(`${PROXY_BASE_PATH}/`)) return false;
    const user = await userFromToken(deps, cookieValue(req.headers.cookie, sessionCookieName(deps.config.secureCookies)));
    if (!user) return refuse(res, 401, 'Sign in to the team server to use the model.', 'unauthenticated');
    if (req.method === 'POST') {
      const { used, budget } = await budgetToday(deps, user.id);
      if (used >= budget) {
        return refuse(
          res,
          429,
          `Your daily model budget (${budget.toLocaleString('en-US')} tokens) is used up: it resets at midnight UTC. Your manager or admin can raise it.`,
          'user_daily_budget_exhausted',
          'insufficient_quota',
        );
      }
    }
    owners.set(req, user.id);
    return proxy(req, res);
  };
}
