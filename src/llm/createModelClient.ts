import OpenAI, { APIError } from 'openai';
import type { ChatCompletionChunk, ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from './llmDefaults';
import type { ChatOptions, ChatRequest, ChatResult, ModelClient, ModelSettings, TokenUsage, ToolCall } from './ModelClient';
import { ModelError } from './ModelError';
import { type ErrorContext, toModelError } from './toModelError';

/** How to build a client: where the model is, plus transport limits. */
export interface ModelClientOptions extends ModelSettings {
  /** A fetch to use instead of the global one (tests, proxies). */
  fetch?: typeof globalThis.fetch;
  /** Longest wait for the model to start, or to continue, a reply. */
  timeoutMs?: number;
  /** Extra attempts after a rate limit, a server error or a dropped connection. */
  maxRetries?: number;
  /** Origin that a same-origin base URL such as `/api/llm/v1` is resolved against; defaults to the page's. */
  origin?: string;
}

type WireParams = Record<string, unknown>;

const inBrowser = (): boolean => typeof window !== 'undefined' && typeof document !== 'undefined';

/** A relative base URL means the app's own proxy, which adds the key on the server. */
export function isSameOriginProxy(baseURL: string): boolean {
  return baseURL.startsWith('/');
}

function absoluteBaseURL(baseURL: string, origin: string | undefined): string {
  const trimmed = baseURL.trim().replace(/\/+$/, '');
  if (!isSameOriginProxy(trimmed)) {
    if (!/^https?:\/\/[^\s/]+/i.test(trimmed) || !URL.canParse(trimmed)) {
      throw new ModelError('unreachable', `“${trimmed.slice(0, 80)}” is not a model server address; it should look like http://localhost:11434/v1.`, { retryable: false });
    }
    return trimmed;
  }
  const base = origin ?? (typeof location !== 'undefined' ? location.origin : undefined);
  if (!base) throw new ModelError('unreachable', `The address ${trimmed} only works inside the app served by \`npm start\`.`, { retryable: false });
  return new URL(trimmed, base).toString().replace(/\/+$/, '');
}

/**
 * Drops the SDK's telemetry headers (they make browsers send stricter CORS preflights that local
 * servers often refuse) and, when there is no key to send, the placeholder Authorization header.
 */
function trimmedHeadersFetch(base: typeof globalThis.fetch, sendKey: boolean): typeof globalThis.fetch {
  const browser = inBrowser();
  return (input, init) => {
    const headers = new Headers(init?.headers);
    for (const name of [...headers.keys()]) {
      if (name.startsWith('x-stainless-') || (browser && name === 'user-agent')) headers.delete(name);
    }
    if (!sendKey) headers.delete('authorization');
    return base(input, { ...init, headers });
  };
}

/**
 * Rewrites request parameters that an OpenAI-compatible server refused with a 400, so that the
 * same request works across OpenAI's newer models and local servers; undefined when nothing fits.
 */
function fallbackParams(error: unknown, params: WireParams): WireParams | undefined {
  if (!(error instanceof APIError) || (error.status !== 400 && error.status !== 422)) return undefined;
  const said = `${error.message} ${JSON.stringify(error.error ?? '')}`;
  const next = { ...params };
  if (/max_completion_tokens/.test(said) && 'max_tokens' in next) {
    next.max_completion_tokens = next.max_tokens;
    delete next.max_tokens;
  } else if (/stream_options/.test(said) && 'stream_options' in next) delete next.stream_options;
  else if (/temperature/.test(said) && 'temperature' in next) delete next.temperature;
  else if (/\bseed\b/.test(said) && 'seed' in next) delete next.seed;
  else if (/json_schema|response_format/.test(said) && 'response_format' in next) {
    if ((next.response_format as { type?: string }).type === 'json_schema') next.response_format = { type: 'json_object' };
    else delete next.response_format;
  } else if (/\btools?\b|tool_choice|function/.test(said) && 'tools' in next) {
    delete next.tools;
    delete next.tool_choice;
  } else return undefined;
  return next;
}

function wireParams(request: ChatRequest, model: string): WireParams {
  const params: WireParams = { model, messages: request.messages, max_tokens: request.maxTokens };
  if (request.temperature !== undefined) params.temperature = request.temperature;
  if (request.seed !== undefined) params.seed = request.seed;
  if (request.tools?.length) {
    params.tools = request.tools.map((tool) => ({ type: 'function', function: tool }));
    params.tool_choice = 'auto';
  }
  if (request.jsonSchema) {
    params.response_format = { type: 'json_schema', json_schema: { name: request.jsonSchema.name, schema: request.jsonSchema.schema, strict: true } };
  }
  if (request.stream) params.stream_options = { include_usage: true };
  return params;
}

function readUsage(raw: unknown): TokenUsage | undefined {
  const usage = raw as { prompt_tokens?: unknown; completion_tokens?: unknown; total_tokens?: unknown } | null | undefined;
  if (!usage || typeof usage.prompt_tokens !== 'number' || typeof usage.completion_tokens !== 'number') return undefined;
  const total = typeof usage.total_tokens === 'number' ? usage.total_tokens : usage.prompt_tokens + usage.completion_tokens;
  return { prompt: usage.prompt_tokens, completion: usage.completion_tokens, total };
}

const malformed = (what: string) => new ModelError('malformed', `The model server sent a reply that could not be read (${what}).`);

/** Reads a complete (non-streamed) chat completion body, checking its shape rather than trusting it. */
function readCompletion(body: string): ChatResult {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw malformed('not valid JSON');
  }
  const choice = (data as { choices?: unknown[] } | null)?.choices?.[0] as
    | { message?: { content?: unknown; tool_calls?: unknown }; finish_reason?: unknown }
    | undefined;
  if (!choice || typeof choice.message !== 'object' || choice.message === null) throw malformed('no message in it');
  const content = choice.message.content;
  if (content != null && typeof content !== 'string') throw malformed('the message text is not text');
  const toolCalls: ToolCall[] = [];
  for (const call of Array.isArray(choice.message.tool_calls) ? choice.message.tool_calls : []) {
    const fn = (call as { function?: { name?: unknown; arguments?: unknown } }).function;
    if (typeof fn?.name === 'string') toolCalls.push({ name: fn.name, arguments: typeof fn.arguments === 'string' ? fn.arguments : '' });
  }
  const finishReason = typeof choice.finish_reason === 'string' ? choice.finish_reason : 'stop';
  return { text: content ?? '', toolCalls, finishReason, usage: readUsage((data as { usage?: unknown }).usage) };
}

/**
 * Creates a model client over the openai SDK for any OpenAI-compatible server. Parameters a server
 * refuses are rewritten or dropped and the request retried; a server that refuses tools is
 * remembered, and its requests go without tools (with `messagesWithoutTools`) from then on.
 */
export function createModelClient(options: ModelClientOptions): ModelClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const proxy = isSameOriginProxy(options.baseURL.trim());
  const baseURL = absoluteBaseURL(options.baseURL, options.origin);
  const apiKey = proxy ? undefined : options.apiKey?.trim() || undefined;
  const ctx: ErrorContext = { baseURL, model: options.model, apiKey, timeoutMs };
  const sdk = new OpenAI({
    baseURL,
    // The SDK insists on a key; the placeholder is stripped before sending.
    apiKey: apiKey ?? 'no-key',
    organization: null,
    project: null,
    webhookSecret: null,
    timeout: timeoutMs,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    fetch: trimmedHeadersFetch(options.fetch ?? globalThis.fetch.bind(globalThis), apiKey !== undefined),
    dangerouslyAllowBrowser: inBrowser(),
    logLevel: 'off',
  });

  /** Runs one request with a stall timer that the caller re-arms whenever data arrives. */
  async function withStallTimer<T>(signal: AbortSignal | undefined, run: (ownSignal: AbortSignal, rearm: () => void) => Promise<T>): Promise<{ value?: T; error?: unknown; timedOut: boolean }> {
    const controller = new AbortController();
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rearm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
    };
    const forward = () => controller.abort();
    if (signal?.aborted) controller.abort();
    signal?.addEventListener('abort', forward, { once: true });
    try {
      return { value: await run(controller.signal, rearm), timedOut };
    } catch (error) {
      return { error, timedOut };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    }
  }

  const aborted = () => new ModelError('aborted', 'The reply was cancelled.');
  const stalled = (partialText: string) =>
    new ModelError('timeout', `The model stopped sending its reply for ${Math.round(timeoutMs / 1000)} s.`, { partialText });

  async function plainChat(params: WireParams, signal: AbortSignal | undefined): Promise<ChatResult> {
    const outcome = await withStallTimer(signal, async (own, rearm) => {
      const response = await sdk.chat.completions.create({ ...params, stream: false } as never, { signal: own }).asResponse();
      rearm();
      return readCompletion(await response.text());
    });
    if (signal?.aborted) throw aborted();
    if (outcome.timedOut) throw stalled('');
    if (outcome.error !== undefined) throw outcome.error;
    return outcome.value as ChatResult;
  }

  async function streamChat(params: WireParams, signal: AbortSignal | undefined, onText: ChatOptions['onText']): Promise<ChatResult> {
    let text = '';
    let finishReason: string | null = null;
    let usage: TokenUsage | undefined;
    let started = false;
    const calls = new Map<number, ToolCall>();
    const outcome = await withStallTimer(signal, async (own, rearm) => {
      const stream = await sdk.chat.completions.create({ ...params, stream: true } as ChatCompletionCreateParamsStreaming, { signal: own });
      started = true;
      rearm();
      for await (const chunk of stream as AsyncIterable<ChatCompletionChunk>) {
        rearm();
        if (!chunk || !Array.isArray(chunk.choices)) throw malformed('a piece of the stream had no choices');
        usage = readUsage(chunk.usage) ?? usage;
        const choice = chunk.choices[0];
        if (!choice) continue;
        const piece = choice.delta?.content;
        if (typeof piece === 'string' && piece !== '') {
          text += piece;
          onText?.(text);
        }
        for (const delta of choice.delta?.tool_calls ?? []) {
          const call = calls.get(delta.index) ?? { name: '', arguments: '' };
          call.name += delta.function?.name ?? '';
          call.arguments += delta.function?.arguments ?? '';
          calls.set(delta.index, call);
        }
        if (choice.finish_reason) finishReason = choice.finish_reason;
      }
    });
    if (signal?.aborted) throw aborted();
    if (outcome.timedOut) throw stalled(text);
    if (outcome.error !== undefined) {
      // Before the stream opened, the error is the request's own (and may be retried with other params).
      if (!started) throw outcome.error;
      const mapped = toModelError(outcome.error, ctx);
      if (mapped.kind === 'server' && mapped.status === undefined && !(outcome.error instanceof APIError)) {
        throw new ModelError('cut-off', 'The connection dropped in the middle of the reply.', { partialText: text });
      }
      throw mapped.withPartialText(text);
    }
    if (finishReason === null) {
      throw new ModelError('cut-off', 'The reply broke off before the end.', { partialText: text });
    }
    return { text, toolCalls: [...calls.values()].filter((call) => call.name !== ''), finishReason, usage };
  }

  // Set once a request went through only after its tools were dropped: this server has no tool
  // calls, so later requests skip them instead of failing first every time.
  let toolsRefused = false;
  const withoutTools = (request: ChatRequest): ChatRequest => ({ ...request, tools: undefined, messages: request.messagesWithoutTools ?? request.messages });

  return {
    model: options.model,
    async chat(request, chatOptions = {}) {
      const wantsTools = Boolean(request.tools?.length);
      let params = wireParams(wantsTools && toolsRefused ? withoutTools(request) : request, options.model);
      for (let fallbacks = 0; ; fallbacks++) {
        try {
          const result = request.stream
            ? await streamChat(params, chatOptions.signal, chatOptions.onText)
            : await plainChat(params, chatOptions.signal);
          if (!wantsTools) return result;
          const toolsSent = 'tools' in params;
          if (!toolsSent) toolsRefused = true;
          return { ...result, toolsSent };
        } catch (error) {
          const next = fallbacks < 4 ? fallbackParams(error, params) : undefined;
          if (!next) throw toModelError(error, ctx);
          if ('tools' in params && !('tools' in next) && request.messagesWithoutTools) next.messages = request.messagesWithoutTools;
          params = next;
        }
      }
    },
    async listModels(listOptions = {}) {
      try {
        const page = await sdk.models.list({ signal: listOptions.signal });
        return page.data.map((model) => model.id);
      } catch (error) {
        throw toModelError(error, ctx);
      }
    },
  };
}
