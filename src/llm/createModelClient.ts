import OpenAI, { APIError } from 'openai';
import type { ChatCompletionChunk, ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { DEFAULT_MAX_REPLY_MS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS, defaultMaxChars, MAX_RESPONSE_BYTES, MAX_RETRY_WAIT_MS } from './llmDefaults';
import type { ChatOptions, ChatRequest, ChatResult, ModelClient, ModelSettings, TokenUsage, ToolCall } from './ModelClient';
import { ModelError } from './ModelError';
import { limitBody, readCappedText, refuseWebPage } from './readReplyBody';
import { isTransient, retryDelayMs, waitReason } from './retryPolicy';
import { type ErrorContext, toModelError } from './toModelError';

/** How to build a client: where the model is, plus transport limits. */
export interface ModelClientOptions extends ModelSettings {
  /** A fetch to use instead of the global one (tests, proxies). */
  fetch?: typeof globalThis.fetch;
  /** Longest wait for the model to start, or to continue, a reply. */
  timeoutMs?: number;
  /** Extra attempts after a rate limit, a server error or a failed connection (not after a timeout). */
  maxRetries?: number;
  /** Longest a whole reply may take unless the request says (default 3 minutes). */
  maxReplyMs?: number;
  /** Longest Retry-After waited before asking again; a longer one fails at once (default 30 s). */
  maxRetryWaitMs?: number;
  /** Most bytes read from one response (default 4 MB). */
  maxResponseBytes?: number;
  /** Waits before a retry, or less if the signal aborts (tests hand in one that does not really wait). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The clock, for a Retry-After given as a date. */
  now?: () => number;
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
      throw new ModelError('unreachable', `“${trimmed.slice(0, 80)}” is not a model server address; it should look like http://localhost:11434/v1.`, {
        retryable: false,
      });
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
function trimmedHeadersFetch(base: typeof globalThis.fetch, sendKey: boolean, maxBytes: number): typeof globalThis.fetch {
  const browser = inBrowser();
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    for (const name of [...headers.keys()]) {
      if (name.startsWith('x-stainless-') || (browser && name === 'user-agent')) headers.delete(name);
    }
    if (!sendKey) headers.delete('authorization');
    return limitBody(await base(input, { ...init, headers }), maxBytes);
  };
}

function sleepFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
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
    { message?: { content?: unknown; tool_calls?: unknown }; finish_reason?: unknown } | undefined;
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
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? MAX_RETRY_WAIT_MS;
  const sleep = options.sleep ?? sleepFor;
  const ctx: ErrorContext = { baseURL, model: options.model, apiKey, timeoutMs, now: options.now };
  const sdk = new OpenAI({
    baseURL,
    // The SDK insists on a key; the placeholder is stripped before sending.
    apiKey: apiKey ?? 'no-key',
    organization: null,
    project: null,
    webhookSecret: null,
    timeout: timeoutMs,
    // Retries are ours (see chat), so that the person waiting can be told why and for how long.
    maxRetries: 0,
    fetch: trimmedHeadersFetch(options.fetch ?? globalThis.fetch.bind(globalThis), apiKey !== undefined, options.maxResponseBytes ?? MAX_RESPONSE_BYTES),
    dangerouslyAllowBrowser: inBrowser(),
    logLevel: 'off',
  });

  /** Limits of one request: its text, and its whole time. */
  interface Limits {
    maxChars: number;
    maxDurationMs: number;
  }

  /**
   * Runs one request with a stall timer that the caller re-arms whenever data arrives, and a deadline
   * for the whole reply that nothing re-arms (a stream that never ends still ends).
   */
  async function guarded<T>(
    signal: AbortSignal | undefined,
    maxDurationMs: number,
    run: (ownSignal: AbortSignal, rearm: () => void) => Promise<T>,
  ): Promise<{ value?: T; error?: unknown; stalled: boolean; overran: boolean }> {
    const controller = new AbortController();
    let stalled = false;
    let overran = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rearm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        stalled = true;
        controller.abort();
      }, timeoutMs);
    };
    const deadline = setTimeout(() => {
      overran = true;
      controller.abort();
    }, maxDurationMs);
    const forward = () => controller.abort();
    if (signal?.aborted) controller.abort();
    signal?.addEventListener('abort', forward, { once: true });
    try {
      return { value: await run(controller.signal, rearm), stalled, overran };
    } catch (error) {
      return { error, stalled, overran };
    } finally {
      clearTimeout(timer);
      clearTimeout(deadline);
      signal?.removeEventListener('abort', forward);
    }
  }

  const aborted = () => new ModelError('aborted', 'The reply was cancelled.');
  const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
  const stalled = (partialText: string) => new ModelError('timeout', `The model stopped sending its reply for ${seconds(timeoutMs)}.`, { partialText });
  const overran = (partialText: string, limits: Limits) =>
    new ModelError(
      'timeout',
      partialText
        ? `The reply was still coming after ${seconds(limits.maxDurationMs)}, so it was cut there.`
        : `The model sent nothing to say in ${seconds(limits.maxDurationMs)}, so the reply was given up.`,
      { partialText },
    );
  const tooLong = (partialText: string, limits: Limits) =>
    new ModelError('too-long', `The reply ran on past ${limits.maxChars.toLocaleString('en')} characters, far longer than asked, so it was cut there.`, {
      partialText,
    });

  async function plainChat(params: WireParams, signal: AbortSignal | undefined, limits: Limits): Promise<ChatResult> {
    const outcome = await guarded(signal, limits.maxDurationMs, async (own, rearm) => {
      const response = await sdk.chat.completions.create({ ...params, stream: false } as never, { signal: own }).asResponse();
      rearm();
      refuseWebPage(response, baseURL);
      // A whole reply is JSON around the text: room for the text in any encoding, plus its wrapping.
      return readCompletion(await readCappedText(response, limits.maxChars * 6 + 64 * 1024, rearm));
    });
    if (signal?.aborted) throw aborted();
    if (outcome.overran) throw overran('', limits);
    if (outcome.stalled) throw stalled('');
    if (outcome.error !== undefined) throw outcome.error;
    const result = outcome.value as ChatResult;
    if (result.text.length > limits.maxChars) throw tooLong(result.text.slice(0, limits.maxChars), limits);
    return result;
  }

  async function streamChat(params: WireParams, signal: AbortSignal | undefined, onText: ChatOptions['onText'], limits: Limits): Promise<ChatResult> {
    let text = '';
    let finishReason: string | null = null;
    let usage: TokenUsage | undefined;
    let started = false;
    let cut = false;
    const calls = new Map<number, ToolCall>();
    const outcome = await guarded(signal, limits.maxDurationMs, async (own, rearm) => {
      const { data: stream, response } = await sdk.chat.completions
        .create({ ...params, stream: true } as ChatCompletionCreateParamsStreaming, { signal: own })
        .withResponse();
      refuseWebPage(response, baseURL);
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
          // Past the limit the rest is not read (leaving the loop closes the stream).
          if (text.length > limits.maxChars) {
            text = text.slice(0, limits.maxChars);
            cut = true;
            onText?.(text);
            break;
          }
          onText?.(text);
        }
        for (const delta of choice.delta?.tool_calls ?? []) {
          const call = calls.get(delta.index) ?? { name: '', arguments: '' };
          call.name += delta.function?.name ?? '';
          call.arguments += delta.function?.arguments ?? '';
          if (call.arguments.length > limits.maxChars) throw tooLong(text, limits);
          calls.set(delta.index, call);
        }
        if (choice.finish_reason) finishReason = choice.finish_reason;
      }
    });
    if (signal?.aborted) throw aborted();
    if (outcome.overran) throw overran(text, limits);
    if (outcome.stalled) throw stalled(text);
    if (cut) throw tooLong(text, limits);
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

  /** One attempt, with the parameters a server refuses rewritten and sent again. */
  async function chatOnce(request: ChatRequest, chatOptions: ChatOptions): Promise<ChatResult> {
    const wantsTools = Boolean(request.tools?.length);
    const limits: Limits = {
      maxChars: request.maxChars ?? defaultMaxChars(request.maxTokens),
      maxDurationMs: request.maxDurationMs ?? options.maxReplyMs ?? DEFAULT_MAX_REPLY_MS,
    };
    let params = wireParams(wantsTools && toolsRefused ? withoutTools(request) : request, options.model);
    for (let fallbacks = 0; ; fallbacks++) {
      try {
        const result = request.stream
          ? await streamChat(params, chatOptions.signal, chatOptions.onText, limits)
          : await plainChat(params, chatOptions.signal, limits);
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
  }

  return {
    model: options.model,
    async chat(request, chatOptions = {}) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await chatOnce(request, chatOptions);
        } catch (error) {
          const fault = toModelError(error, ctx);
          const waitMs = retryDelayMs(fault, attempt);
          // A wait longer than the limit fails at once: its message says when to try again.
          if (attempt >= maxRetries || !isTransient(fault) || waitMs > maxRetryWaitMs || chatOptions.signal?.aborted) throw fault;
          chatOptions.onRetry?.({ reason: waitReason(fault), waitMs, attempt: attempt + 2, attempts: maxRetries + 1 });
          await sleep(waitMs, chatOptions.signal);
          if (chatOptions.signal?.aborted) throw aborted();
        }
      }
    },
    async listModels(listOptions = {}) {
      try {
        const { data: page, response } = await sdk.models.list({ signal: listOptions.signal }).withResponse();
        refuseWebPage(response, baseURL);
        return page.data.map((model) => model.id);
      } catch (error) {
        throw toModelError(error, ctx);
      }
    },
  };
}
