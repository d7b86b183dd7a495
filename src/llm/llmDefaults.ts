/** OpenAI's API address, used when no base URL is given. */
export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** A small, cheap model that plays a customer well enough. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

/** The app's same-origin path to the team server's model proxy. */
export const PROXY_BASE_PATH = '/api/llm/v1';

/** Where the team server says whether its proxy is on. */
export const PROXY_CONFIG_PATH = '/api/llm/config';

/** How long to wait for the model to start or continue a reply before giving up on it. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Extra attempts for rate limits, server errors and dropped connections. */
export const DEFAULT_MAX_RETRIES = 2;

/** Longest a whole reply may take, first byte to last, unless the request sets its own limit. */
export const DEFAULT_MAX_REPLY_MS = 180_000;

/** Longest wait a server may ask for (Retry-After) before a retry; a longer one fails at once, saying when to try. */
export const MAX_RETRY_WAIT_MS = 30_000;

/** Most bytes read from any one response; far beyond any reply, it stops a server that never stops. */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/** The longest reply text read for a request of `maxTokens`, unless it sets its own: a generous 16 characters a token. */
export function defaultMaxChars(maxTokens: number): number {
  return Math.max(2_000, maxTokens * 16);
}
