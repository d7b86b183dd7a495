// What the model proxy allows, with defaults sized for a small team, and how environment variables set it.

/** The limits the model proxy enforces. */
export interface ProxyLimits {
  /** Requests each client (IP address) may make a minute. */
  requestsPerMinute: number;
  /** Requests each client may have running at once. */
  parallelPerClient: number;
  /** Tokens the whole server may spend a day (UTC), prompts and replies together. */
  dailyTokens: number;
  /** Longest reply a request may ask for, in tokens. */
  maxReplyTokens: number;
  /** Longest wait for the model service to answer, and longest silence inside a reply. */
  upstreamTimeoutMs: number;
  /** Longest a reply may run from request to last byte. */
  maxReplyMs: number;
  /** Largest reply passed back, in bytes (a streamed one counts its whole stream). */
  maxReplyBytes: number;
}

export const DEFAULT_PROXY_LIMITS: ProxyLimits = {
  requestsPerMinute: 30,
  parallelPerClient: 4,
  // About 150 practice calls with their second opinion at ~13,000 tokens each; under US$1 a day on gpt-4o-mini.
  dailyTokens: 2_000_000,
  maxReplyTokens: 4_000,
  upstreamTimeoutMs: 60_000,
  maxReplyMs: 120_000,
  maxReplyBytes: 2_000_000,
};

/** The environment variable that sets each limit. */
export const PROXY_LIMIT_VARIABLES: Record<keyof ProxyLimits, string> = {
  requestsPerMinute: 'DIALED_IN_REQUESTS_PER_MINUTE',
  parallelPerClient: 'DIALED_IN_PARALLEL_REQUESTS',
  dailyTokens: 'DIALED_IN_DAILY_TOKENS',
  maxReplyTokens: 'DIALED_IN_MAX_REPLY_TOKENS',
  upstreamTimeoutMs: 'DIALED_IN_UPSTREAM_TIMEOUT_MS',
  maxReplyMs: 'DIALED_IN_MAX_REPLY_MS',
  maxReplyBytes: 'DIALED_IN_MAX_REPLY_BYTES',
};

/** Host names besides localhost, 127.0.0.1 and the server's own address that may use the proxy. */
export const ALLOWED_HOSTS_VARIABLE = 'DIALED_IN_ALLOWED_HOSTS';

/** Reads the limits from the environment; every value that is not a positive whole number is reported by name. */
export function readProxyLimits(env: Record<string, string | undefined>): { limits: ProxyLimits; errors: string[] } {
  const limits = { ...DEFAULT_PROXY_LIMITS };
  const errors: string[] = [];
  for (const [field, name] of Object.entries(PROXY_LIMIT_VARIABLES) as [keyof ProxyLimits, string][]) {
    const raw = env[name]?.trim().replace(/_/g, '');
    if (!raw) continue;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < 1) errors.push(`${name} must be a whole number of at least 1, not “${env[name]}”.`);
    else limits[field] = value;
  }
  return { limits, errors };
}

/** The comma- or space-separated entries of DIALED_IN_ALLOWED_HOSTS. */
export function readAllowedHosts(env: Record<string, string | undefined>): string[] {
  return (env[ALLOWED_HOSTS_VARIABLE] ?? '').split(/[\s,]+/).filter(Boolean);
}
