// An OpenAI-compatible chat-completions server on 127.0.0.1 for tests: scripted per test, with fault modes.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { completionBody, type FakeReply, streamEvents, textPieces } from './fakeOpenAIReplies';

export type { FakeReply, FakeToolCall } from './fakeOpenAIReplies';
export { estimateTokens } from './fakeOpenAIReplies';

/** A way for the fake server to fail. */
export type FakeFault =
  | { fault: 'key-rejected' }
  | { fault: 'model-not-found' }
  /** `retry-after` in seconds or as a date (default 1); `retry-after-ms` (default 5, so tests skip the wait), or null to send none. */
  | { fault: 'rate-limited'; retryAfterSeconds?: number | string; retryAfterMs?: number | null; quota?: boolean }
  /** 500 by default; `retryAfterMs` lets a test skip the SDK's default backoff. */
  | { fault: 'server-error'; status?: number; retryAfterMs?: number }
  /** Never answers (until the server closes). */
  | { fault: 'hang' }
  /** Streams `before`, then drops the connection (once `until` settles, when given). */
  | { fault: 'cut-off'; before: string; until?: Promise<unknown> }
  /** Streams `before`, then sends nothing more while keeping the connection open. */
  | { fault: 'stall'; before: string }
  /** Streams `before`, then ends the stream cleanly but without a finish reason or [DONE]. */
  | { fault: 'no-finish'; before: string }
  /** Streams `piece` every `everyMs` (default 5) and never finishes; an empty piece sends chunks with no text. */
  | { fault: 'endless'; piece: string; everyMs?: number }
  /** A 200 web page (text/html), as a wrong base URL or an app's own index page answers. */
  | { fault: 'web-page' }
  /** A 200 whose body is not valid JSON (or, streamed, an event that is not). */
  | { fault: 'malformed' }
  /** A 200 JSON body without `choices`. */
  | { fault: 'wrong-shape' }
  | { fault: 'bad-request'; message: string };

/** What the fake model does with one chat request. */
export type FakeStep = FakeReply | FakeFault;

/** A request as the fake server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  /** The parsed JSON body, when it was JSON. */
  json?: Record<string, unknown>;
}

/** How to start the fake server. */
export interface FakeOpenAIOptions {
  /** When set, requests must carry `Authorization: Bearer <apiKey>` or get a 401. */
  apiKey?: string;
  /** Model ids it serves (default `['fake-model']`); other models get a 404. */
  models?: string[];
  /** Send CORS headers and answer preflights (default true), like a server configured for browsers. */
  cors?: boolean;
  /**
   * Whether the server has tool calling (default true). When false, any chat request carrying
   * `tools` gets a 400 naming them, as Ollama and other local servers answer, without using a script step.
   */
  toolCalls?: boolean;
  /** What to do when the script is empty (default: reply "Mm-hm."). */
  fallback?: (request: RecordedRequest) => FakeStep;
}

/** A running fake server. */
export interface FakeOpenAI {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** `http://127.0.0.1:PORT/v1` */
  baseURL: string;
  /** Every request received, preflights included, in order. */
  requests: RecordedRequest[];
  /** The JSON bodies of the chat-completion requests, in order. */
  chatBodies(): Record<string, unknown>[];
  /** Queues what the next chat requests get, one step each; a function decides per request. */
  script(...steps: (FakeStep | ((request: RecordedRequest) => FakeStep))[]): void;
  /** Turns CORS support on or off. */
  setCors(enabled: boolean): void;
  close(): Promise<void>;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

function errorBody(message: string, type: string, code: string | null) {
  return JSON.stringify({ error: { message, type, param: null, code } });
}

/** Starts the fake server on a random port of 127.0.0.1. */
export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const models = options.models ?? ['fake-model'];
  let cors = options.cors ?? true;
  const queue: (FakeStep | ((request: RecordedRequest) => FakeStep))[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const held = new Set<ServerResponse>();

  const corsHeaders = (req: IncomingMessage): Record<string, string> =>
    cors
      ? {
          'access-control-allow-origin': req.headers.origin ?? '*',
          'access-control-expose-headers': 'retry-after, retry-after-ms, x-request-id',
        }
      : {};

  function send(req: IncomingMessage, res: ServerResponse, status: number, body: string, headers: Record<string, string> = JSON_HEADERS) {
    res.writeHead(status, { ...headers, ...corsHeaders(req) });
    res.end(body);
  }

  function nextStep(request: RecordedRequest): FakeStep {
    const entry = queue.shift();
    if (entry === undefined) return options.fallback?.(request) ?? { reply: 'Mm-hm.' };
    return typeof entry === 'function' ? entry(request) : entry;
  }

  function openStream(req: IncomingMessage, res: ServerResponse) {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive', ...corsHeaders(req) });
    res.flushHeaders();
  }

  const event = (data: string) => `data: ${data}\n\n`;

  function handleFault(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>, step: FakeFault) {
    const streaming = body.stream === true;
    switch (step.fault) {
      case 'key-rejected':
        return send(
          req,
          res,
          401,
          errorBody('Incorrect API key provided. You can find your API key in your account settings.', 'invalid_request_error', 'invalid_api_key'),
        );
      case 'model-not-found':
        return send(
          req,
          res,
          404,
          errorBody(`The model \`${String(body.model)}\` does not exist or you do not have access to it.`, 'invalid_request_error', 'model_not_found'),
        );
      case 'rate-limited': {
        const headers: Record<string, string> = { ...JSON_HEADERS, 'retry-after': String(step.retryAfterSeconds ?? 1) };
        if (step.retryAfterMs !== null) headers['retry-after-ms'] = String(step.retryAfterMs ?? 5);
        const message = step.quota
          ? 'You exceeded your current quota, please check your plan and billing details.'
          : 'Rate limit reached for requests. Please try again in 1s.';
        return send(
          req,
          res,
          429,
          errorBody(message, step.quota ? 'insufficient_quota' : 'requests', step.quota ? 'insufficient_quota' : 'rate_limit_exceeded'),
          headers,
        );
      }
      case 'server-error':
        return send(req, res, step.status ?? 500, errorBody('The server had an error while processing your request.', 'server_error', null), {
          ...JSON_HEADERS,
          ...(step.retryAfterMs !== undefined ? { 'retry-after-ms': String(step.retryAfterMs) } : {}),
        });
      case 'bad-request':
        return send(req, res, 400, errorBody(step.message, 'invalid_request_error', null));
      case 'hang':
        held.add(res);
        return;
      case 'web-page':
        return send(req, res, 200, '<!doctype html><html><head><title>Welcome</title></head><body><h1>Welcome to our site</h1></body></html>', {
          'content-type': 'text/html; charset=utf-8',
        });
      case 'endless': {
        held.add(res);
        if (!streaming) {
          // A whole reply that never ends: the start of a JSON body, then the same text forever.
          res.writeHead(200, { ...JSON_HEADERS, ...corsHeaders(req) });
          res.write('{"id":"chatcmpl-endless","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"');
        } else {
          openStream(req, res);
          res.write(event(streamEvents(body, { reply: '' }, false)[0]!));
        }
        const chunk = streaming
          ? event(
              JSON.stringify({
                id: 'chatcmpl-endless',
                object: 'chat.completion.chunk',
                created: 1_700_000_000,
                model: String(body.model),
                choices: [{ index: 0, delta: { content: step.piece }, finish_reason: null }],
              }),
            )
          : step.piece;
        const timer = setInterval(() => {
          if (!res.destroyed) res.write(chunk);
        }, step.everyMs ?? 5);
        res.on('close', () => clearInterval(timer));
        return;
      }
      case 'malformed':
        if (streaming) {
          openStream(req, res);
          return res.end(event('{"id": "chatcmpl-broken", "choices": [{"delta": {"content": "Hel') + event('[DONE]'));
        }
        return send(req, res, 200, '<html>this is {not json');
      case 'wrong-shape':
        return send(req, res, 200, JSON.stringify({ id: 'chatcmpl-odd', object: 'chat.completion', result: 'hello' }));
      case 'cut-off':
      case 'stall':
      case 'no-finish': {
        openStream(req, res);
        for (const data of streamEvents(body, { reply: step.before }, false)) res.write(event(data));
        // A browser drops stream data it has not read yet when the connection breaks, so a test that
        // needs the partial reply to arrive holds the cut until it has seen the text.
        if (step.fault === 'cut-off') void (step.until ?? Promise.resolve()).finally(() => setTimeout(() => res.socket?.destroy(), 20));
        else if (step.fault === 'stall') held.add(res);
        else res.end();
        return;
      }
    }
  }

  function handleChat(req: IncomingMessage, res: ServerResponse, request: RecordedRequest) {
    const body = request.json;
    if (!body) return send(req, res, 400, errorBody('We could not parse the JSON body of your request.', 'invalid_request_error', null));
    if (options.toolCalls === false && body.tools !== undefined) {
      return send(req, res, 400, errorBody(`registry.ollama.ai/library/${String(body.model)}:latest does not support tools`, 'api_error', null));
    }
    const step = nextStep(request);
    if ('fault' in step) return handleFault(req, res, body, step);
    if (!models.includes(String(body.model))) return handleFault(req, res, body, { fault: 'model-not-found' });
    if (body.stream !== true) return send(req, res, 200, JSON.stringify(completionBody(body, step)));
    openStream(req, res);
    for (const data of streamEvents(body, step)) res.write(event(data));
    res.end(event('[DONE]'));
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let json: Record<string, unknown> | undefined;
      try {
        json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
      } catch {
        json = undefined;
      }
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]));
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const request: RecordedRequest = { method: req.method ?? 'GET', path, headers, body: text, ...(json ? { json } : {}) };
      requests.push(request);

      if (req.method === 'OPTIONS') {
        if (!cors) return send(req, res, 405, 'Method Not Allowed', { 'content-type': 'text/plain' });
        res.writeHead(204, {
          ...corsHeaders(req),
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
          'access-control-max-age': '600',
        });
        return res.end();
      }
      if (options.apiKey !== undefined && headers.authorization !== `Bearer ${options.apiKey}`) {
        return handleFault(req, res, json ?? {}, { fault: 'key-rejected' });
      }
      if (req.method === 'GET' && path === '/v1/models') {
        return send(
          req,
          res,
          200,
          JSON.stringify({ object: 'list', data: models.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'fake' })) }),
        );
      }
      if (req.method === 'POST' && path === '/v1/chat/completions') return handleChat(req, res, request);
      send(req, res, 404, '404 page not found', { 'content-type': 'text/plain' });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    baseURL: `${origin}/v1`,
    requests,
    chatBodies: () => requests.filter((r) => r.method === 'POST' && r.path === '/v1/chat/completions' && r.json).map((r) => r.json!),
    script: (...steps) => void queue.push(...steps),
    setCors: (enabled) => void (cors = enabled),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Splits text into the pieces the fake streams, for asserting on streamed progress. */
export const streamedPieces = textPieces;
