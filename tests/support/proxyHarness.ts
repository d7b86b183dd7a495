// The model proxy served on 127.0.0.1 in front of an upstream on 127.0.0.1, with its log captured,
// plus a raw HTTP client that can send any Host and Origin (fetch cannot set Host).
import { request as httpRequest } from 'node:http';
import { createLlmProxy, type LlmProxyOptions } from '../../src/server/llmProxy';
import { type RunningServer, startServer } from '../../src/server/startServer';
import { STATIC_ROOT } from './staticRoot';

export const HARNESS_KEY = 'sk-harness-7f6e5d4c3b2a1908';

/** A running proxy and what it logged. */
export interface ProxyHarness {
  app: RunningServer;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  logs: string[];
  close(): Promise<void>;
}

/** Starts the proxy in front of `baseURL` with the harness key; options override the rest. */
export async function startProxy(baseURL: string, options: Partial<LlmProxyOptions> = {}): Promise<ProxyHarness> {
  const logs: string[] = [];
  const proxy = createLlmProxy({ apiKey: HARNESS_KEY, baseURL, model: 'fake-model', log: (line) => logs.push(line), ...options });
  const app = await startServer({ root: STATIC_ROOT, host: '127.0.0.1', port: 0, middleware: [proxy] });
  return { app, origin: `http://127.0.0.1:${app.port}`, logs, close: () => app.close() };
}

/** What a raw request got back. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request with exactly these headers; `localAddress` picks the client's address (127.0.0.x). */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers, localAddress: options.localAddress, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A chat request body as the app sends it. */
export function chatBody(extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ model: 'fake-model', messages: [{ role: 'user', content: 'Hello?' }], max_tokens: 40, ...extra });
}

/** POSTs a chat request to the proxy from 127.0.0.1 with the page's own Origin. */
export function postChat(harness: ProxyHarness, body: string = chatBody(), headers: Record<string, string> = {}, localAddress?: string): Promise<RawResponse> {
  return rawRequest(`${harness.origin}/api/llm/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: harness.origin, ...headers },
    body,
    localAddress,
  });
}
