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
