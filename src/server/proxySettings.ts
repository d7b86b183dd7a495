// The model proxy's settings from the environment, shared by `npm start` and `npm run team`.
import { DEFAULT_OPENAI_MODEL } from '../llm/llmDefaults';
import { unreadableHostEntries } from './createSiteGuard';
import type { LlmProxyOptions } from './llmProxy';
import { ALLOWED_HOSTS_VARIABLE, PROXY_LIMIT_VARIABLES, type ProxyLimits, readAllowedHosts, readProxyLimits } from './proxyLimits';

/** What the proxy is started with, less its log. */
export type ProxySettings = Omit<LlmProxyOptions, 'log' | 'limits'> & { limits: ProxyLimits; model: string };

/** The proxy's settings when OPENAI_API_KEY is set (undefined when not), or every problem with the variables. */
export function readProxySettings(env: Record<string, string | undefined>, host: string): { settings?: ProxySettings; errors: string[] } {
  const apiKey = env.OPENAI_API_KEY;
  if (!apiKey) return { errors: [] };
  const { limits, errors } = readProxyLimits(env);
  const allowedHosts = readAllowedHosts(env);
  for (const entry of unreadableHostEntries(allowedHosts)) errors.push(`${ALLOWED_HOSTS_VARIABLE} has an entry that is not a host name or origin: “${entry}”.`);
  // HOST is a name this server was started for (0.0.0.0 and :: are not names; the address a request comes in on is allowed anyway).
  const names = host === '0.0.0.0' || host === '::' ? allowedHosts : [host, ...allowedHosts];
  const model = env.OPENAI_MODEL?.trim() || DEFAULT_OPENAI_MODEL;
  return { settings: { apiKey, baseURL: env.OPENAI_BASE_URL, model, allowedHosts: names, limits }, errors };
}

/** The limits in words, for the start-up message. */
export function describeLimits(limits: ProxyLimits): string[] {
  const n = (value: number) => value.toLocaleString('en-US');
  return [
    `  Limits: ${n(limits.requestsPerMinute)} requests a minute and ${limits.parallelPerClient} at once per computer, ${n(limits.dailyTokens)} tokens a day (UTC) for the server,`,
    `          replies of at most ${n(limits.maxReplyTokens)} tokens, ${n(limits.maxReplyBytes)} bytes and ${Math.round(limits.maxReplyMs / 1000)} s (silence: ${Math.round(limits.upstreamTimeoutMs / 1000)} s).`,
    `          Set them with ${Object.values(PROXY_LIMIT_VARIABLES).join(', ')}.`,
  ];
}
