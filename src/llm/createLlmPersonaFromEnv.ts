import type { Persona } from '../core/persona';
import type { Difficulty, Scenario } from '../core/scenario';
import { createLlmPersona, type LlmPersonaOptions } from './createLlmPersona';
import { createModelClient } from './createModelClient';
import { DEFAULT_OPENAI_MODEL, OPENAI_BASE_URL } from './llmDefaults';
import type { ModelSettings } from './ModelClient';
import { ModelError } from './ModelError';

/** The environment variables the CLI reads. */
export interface LlmEnv {
  OPENAI_API_KEY?: string;
  OPENAI_BASE_URL?: string;
  OPENAI_MODEL?: string;
}

/**
 * Model settings from OPENAI_API_KEY, OPENAI_BASE_URL and OPENAI_MODEL. OpenAI itself needs the key;
 * a local server (any other base URL) may do without. A missing model on a local server is
 * explained with the models it offers.
 */
export async function settingsFromEnv(env: LlmEnv, fetchImpl?: typeof fetch): Promise<ModelSettings> {
  const baseURL = env.OPENAI_BASE_URL?.trim() || OPENAI_BASE_URL;
  const apiKey = env.OPENAI_API_KEY?.trim() || undefined;
  const isOpenAI = baseURL.replace(/\/+$/, '') === OPENAI_BASE_URL;
  if (isOpenAI && !apiKey) {
    throw new ModelError(
      'key-rejected',
      'Set OPENAI_API_KEY to use OpenAI, or OPENAI_BASE_URL to use a local server such as Ollama (http://localhost:11434/v1).',
      { retryable: false },
    );
  }
  const model = env.OPENAI_MODEL?.trim() || (isOpenAI ? DEFAULT_OPENAI_MODEL : '');
  if (model) return { baseURL, apiKey, model };
  const offered = await createModelClient({ baseURL, apiKey, model: '', fetch: fetchImpl, maxRetries: 0 }).listModels();
  throw new ModelError(
    'model-not-found',
    offered.length > 0
      ? `Set OPENAI_MODEL to one of the models at ${baseURL}: ${offered.join(', ')}.`
      : `Set OPENAI_MODEL; the server at ${baseURL} lists no models (with Ollama, pull one first).`,
    { retryable: false },
  );
}

/** The CLI's `--llm` customer: a model-played persona configured from the environment. */
export async function createLlmPersonaFromEnv(
  scenario: Scenario,
  call: { seed: number; difficulty: Difficulty },
  options: LlmPersonaOptions & { env?: LlmEnv; fetch?: typeof fetch } = {},
): Promise<Persona> {
  const settings = await settingsFromEnv(options.env ?? (process.env as LlmEnv), options.fetch);
  const client = createModelClient({ ...settings, fetch: options.fetch });
  return createLlmPersona(scenario, call, client, options);
}
