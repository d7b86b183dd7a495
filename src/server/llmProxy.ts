// The team deployment's model proxy: the browser talks to /api/llm/v1 on the app's own origin and the
// key is added here, so it never reaches a trainee's machine. Nothing in this file logs.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { DEFAULT_OPENAI_MODEL, OPENAI_BASE_URL, PROXY_BASE_PATH, PROXY_CONFIG_PATH } from '../llm/llmDefaults';
import type { Middleware } from './startServer';

/** What the proxy forwards to and with which key. */
export interface LlmProxyOptions {
  apiKey: string;
  /** Upstream OpenAI-compatible API (default OpenAI's). */
  baseURL?: string;
  /** The model every request uses, whatever the browser asks for (default gpt-4o-mini). */
  model?: string;
  /** Upstream fetch (tests). */
  fetch?: typeof globalThis.fetch;
}

/** Largest request body forwarded; a practice call's prompt is a few kilobytes. */
const MAX_BODY_BYTES = 512_000;
/** Cap on reply length, so a tampered request cannot run up a large bill. */
const MAX_REPLY_TOKENS = 4_000;

/** The upstream paths the browser may reach, with their method. */
const ROUTES: Record<string, string> = { 'chat/completions': 'POST', models: 'GET' };

/** Response headers passed back to the browser. */
const PASSED_HEADERS = ['content-type', 'retry-after', 'retry-after-ms', 'x-request-id'];

function sendJson(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
  return true;
}

const proxyError = (res: ServerResponse, status: number, message: string) => sendJson(res, status, { error: { message, type: 'proxy_error' } });

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Another site's page may not use this server's key: a request naming a foreign origin is refused. */
function fromOtherSite(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

/** Forces the configured model and caps the reply length. */
function rewriteChat(body: Buffer, model: string): string | undefined {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  json.model = model;
  delete json.n;
  for (const field of ['max_tokens', 'max_completion_tokens']) {
    if (typeof json[field] === 'number') json[field] = Math.min(json[field] as number, MAX_REPLY_TOKENS);
  }
  if (json.max_tokens === undefined && json.max_completion_tokens === undefined) json.max_tokens = MAX_REPLY_TOKENS;
  return JSON.stringify(json);
}

/** Creates the `/api/llm/*` middleware for `npm start` when OPENAI_API_KEY is set. */
export function createLlmProxy(options: LlmProxyOptions): Middleware {
  const upstream = (options.baseURL?.trim() || OPENAI_BASE_URL).replace(/\/+$/, '');
  const model = options.model?.trim() || DEFAULT_OPENAI_MODEL;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const redact = (text: string) => text.split(options.apiKey).join('[key hidden]');

  return async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === PROXY_CONFIG_PATH) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return proxyError(res, 405, 'Use GET.');
      return sendJson(res, 200, { enabled: true, model });
    }
    if (!path.startsWith(`${PROXY_BASE_PATH}/`)) return false;
    const route = path.slice(PROXY_BASE_PATH.length + 1);
    const method = ROUTES[route];
    if (!method) return proxyError(res, 404, 'The team proxy only passes chat completions and the model list.');
    if (req.method !== method) return proxyError(res, 405, `Use ${method}.`);
    if (fromOtherSite(req)) return proxyError(res, 403, 'Requests from other sites may not use this server’s model key.');

    let body: string | undefined;
    if (method === 'POST') {
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return proxyError(res, 415, 'Send JSON.');
      const raw = await readBody(req);
      if (!raw) return proxyError(res, 413, 'The request is too large.');
      body = rewriteChat(raw, model);
      if (body === undefined) return proxyError(res, 400, 'The request body is not a JSON object.');
    }

    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    let answer: Response;
    try {
      answer = await doFetch(`${upstream}/${route}`, {
        method,
        headers: {
          authorization: `Bearer ${options.apiKey}`,
          accept: req.headers.accept ?? 'application/json',
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body,
        signal: controller.signal,
      });
    } catch {
      if (controller.signal.aborted) return true;
      return proxyError(res, 502, 'The team server could not reach the model service.');
    }

    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    for (const name of PASSED_HEADERS) {
      const value = answer.headers.get(name);
      if (value) headers[name] = value;
    }
    if (!answer.ok || !answer.body) {
      // Error bodies are small; read them whole so an echoed key can be removed.
      const text = redact(await answer.text().catch(() => ''));
      res.writeHead(answer.status, headers);
      res.end(text);
      return true;
    }
    res.writeHead(answer.status, headers);
    res.flushHeaders();
    try {
      // Streams pass straight through, chunk by chunk.
      for await (const chunk of Readable.fromWeb(answer.body as unknown as WebReadableStream<Uint8Array>)) res.write(chunk);
      res.end();
    } catch {
      // The upstream broke off: cut the browser's stream too, so it sees the same fault.
      res.destroy();
    }
    return true;
  };
}
