import { createModelClient, isSameOriginProxy } from './createModelClient';
import type { ModelSettings } from './ModelClient';
import { isModelError, type ModelErrorKind } from './ModelError';

/** The outcome of "Test connection", worded for the trainee. */
export interface ConnectionCheck {
  ok: boolean;
  /** What went wrong; 'settings' when the form itself is incomplete. */
  kind?: ModelErrorKind | 'settings';
  message: string;
  /** The models the server offers, when it said. */
  models?: string[];
}

/** Transport details for the check. */
export interface TestConnectionOptions {
  fetch?: typeof globalThis.fetch;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Origin for a same-origin proxy path; defaults to the page's. */
  origin?: string;
}

const pageOrigin = (): string | undefined => (typeof location !== 'undefined' ? location.origin : undefined);
const inBrowser = (): boolean => typeof window !== 'undefined' && typeof document !== 'undefined';

function settingsProblem(settings: ModelSettings): string | undefined {
  const baseURL = settings.baseURL.trim();
  if (!baseURL) return 'Enter the server address (base URL), for example http://localhost:11434/v1 for Ollama.';
  if (!isSameOriginProxy(baseURL)) {
    let url: URL;
    try {
      url = new URL(baseURL);
    } catch {
      return `“${baseURL}” is not a web address. It should look like http://localhost:11434/v1.`;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'The address must start with http:// or https://.';
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (inBrowser() && location.protocol === 'https:' && url.protocol === 'http:' && !local) {
      return 'This page is served over https, so the browser will not talk to a plain http server on another machine. Use an https address.';
    }
  }
  return undefined;
}

/**
 * A browser reports a CORS refusal exactly like an unreachable server. A `no-cors` request tells
 * them apart: it succeeds (with an unreadable answer) whenever the server is really there.
 */
async function refusedByCors(url: string, fetchImpl: typeof globalThis.fetch): Promise<boolean> {
  if (!inBrowser()) return false;
  try {
    await fetchImpl(url, { mode: 'no-cors', cache: 'no-store' });
    return true;
  } catch {
    return false;
  }
}

function corsMessage(baseURL: string): string {
  const origin = pageOrigin() ?? 'this page';
  return `The server at ${baseURL} is running, but it does not accept requests from this page (CORS). Allow ${origin} on the server: for Ollama, set OLLAMA_ORIGINS=${origin} and restart it; in LM Studio, switch on CORS in the server settings; other servers have a similar option. The team deployment (npm start with OPENAI_API_KEY) needs none of this.`;
}

/** Checks that the server answers, accepts the key and has the model, by listing models and asking for one word. */
export async function testConnection(settings: ModelSettings, options: TestConnectionOptions = {}): Promise<ConnectionCheck> {
  const problem = settingsProblem(settings);
  if (problem) return { ok: false, kind: 'settings', message: problem };
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  let client;
  try {
    client = createModelClient({ ...settings, fetch: fetchImpl, maxRetries: 0, timeoutMs: options.timeoutMs ?? 15_000, origin: options.origin });
  } catch (error) {
    return { ok: false, kind: 'unreachable', message: isModelError(error) ? error.message : String(error) };
  }
  const baseURL = settings.baseURL.trim().replace(/\/+$/, '');
  const model = settings.model.trim();
  const explain = async (error: unknown): Promise<ConnectionCheck> => {
    if (!isModelError(error)) return { ok: false, kind: 'server', message: String(error) };
    if (error.kind === 'unreachable' && error.status === undefined && (await refusedByCors(`${baseURL}/models`, fetchImpl))) {
      return { ok: false, kind: 'cors', message: corsMessage(baseURL) };
    }
    return { ok: false, kind: error.kind, message: error.message };
  };

  let models: string[] | undefined;
  try {
    models = await client.listModels({ signal: options.signal });
  } catch (error) {
    // Some servers have no model list; the chat request below still tells whether the model exists.
    if (!(isModelError(error) && error.kind === 'unreachable' && error.status === 404)) return explain(error);
  }
  if (!model) {
    return models && models.length > 0
      ? { ok: false, kind: 'settings', message: `Connected. Now choose a model: ${models.slice(0, 12).join(', ')}${models.length > 12 ? ', …' : ''}.`, models }
      : { ok: false, kind: 'settings', message: 'Enter the model name, for example gpt-4o-mini or llama3.2.' };
  }
  if (models && models.length > 0 && !models.includes(model)) {
    const shown = models.slice(0, 12).join(', ') + (models.length > 12 ? ', …' : '');
    return {
      ok: false,
      kind: 'model-not-found',
      message: `Connected, and the key works, but the server has no model “${model}”. It offers: ${shown}.`,
      models,
    };
  }
  try {
    await client.chat({ messages: [{ role: 'user', content: 'Reply with the single word OK.' }], maxTokens: 5, temperature: 0 }, { signal: options.signal });
  } catch (error) {
    return explain(error);
  }
  const where = isSameOriginProxy(baseURL) ? 'the team server' : baseURL;
  return { ok: true, message: `Connected to ${where}: the model “${model}” answered.`, models };
}
