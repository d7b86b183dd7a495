import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createModelClient } from '../../src/llm/createModelClient';
import { ModelError } from '../../src/llm/ModelError';
import { createLlmProxy } from '../../src/server/llmProxy';
import { type RunningServer, startServer } from '../../src/server/startServer';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fakeOpenAI';
import { STATIC_ROOT as root } from '../support/staticRoot';

const SERVER_KEY = 'sk-server-side-5e4d3c2b1a';
let fake: FakeOpenAI;
let app: RunningServer;
const sentByBrowser: { url: string; headers: Record<string, string>; body: string }[] = [];

/** A fetch that records what "the browser" sends to the app server. */
const recordingFetch: typeof fetch = async (input, init) => {
  const headers = Object.fromEntries(new Headers(init?.headers).entries());
  sentByBrowser.push({ url: String(input), headers, body: typeof init?.body === 'string' ? init.body : '' });
  return fetch(input, init);
};

beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: SERVER_KEY, models: ['team-model'] });
  app = await startServer({ root, port: 0, middleware: [createLlmProxy({ apiKey: SERVER_KEY, baseURL: fake.baseURL, model: 'team-model' })] });
});
afterAll(async () => {
  await app.close();
  await fake.close();
});
beforeEach(() => {
  fake.requests.length = 0;
  sentByBrowser.length = 0;
});
afterEach(() => {
  vi.restoreAllMocks();
});

const browserClient = (model = 'team-model') =>
  createModelClient({ baseURL: '/api/llm/v1', origin: app.url, model, fetch: recordingFetch, maxRetries: 0, timeoutMs: 2_000 });
const ask = { messages: [{ role: 'user' as const, content: 'Hello?' }], maxTokens: 40 };

describe('createLlmProxy', () => {
  it('reports that the proxy is on and which model it uses, without the key', async () => {
    const response = await fetch(new URL('/api/llm/config', app.url));
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ enabled: true, model: 'team-model' });
    expect(text).not.toContain(SERVER_KEY);
  });

  it('adds the key on the server; the browser request carries none', async () => {
    fake.script({ reply: 'Art speaking.' });
    expect((await browserClient().chat(ask)).text).toBe('Art speaking.');
    expect(sentByBrowser).toHaveLength(1);
    expect(sentByBrowser[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(sentByBrowser)).not.toContain(SERVER_KEY);
    expect(fake.requests[0]!.headers.authorization).toBe(`Bearer ${SERVER_KEY}`);
  });

  it('passes a streamed reply through piece by piece', async () => {
    fake.script({ reply: 'Where are my plates, though? It has been six weeks.' });
    const seen: string[] = [];
    const result = await browserClient().chat({ ...ask, stream: true }, { onText: (t) => seen.push(t) });
    expect(result.text).toBe('Where are my plates, though? It has been six weeks.');
    expect(seen.length).toBeGreaterThan(2);
  });

  it('uses the server’s model whatever the browser asks for, and caps the reply length', async () => {
    fake.script({ reply: 'OK.' });
    await browserClient('some-expensive-model').chat({ ...ask, maxTokens: 1_000_000 });
    expect(fake.chatBodies()[0]).toMatchObject({ model: 'team-model', max_tokens: 4_000 });
  });

  it('lists the upstream models through the proxy', async () => {
    expect(await browserClient().listModels()).toEqual(['team-model']);
  });

  it('passes faults through so the browser can explain them, keeping a cut-off reply', async () => {
    fake.script({ fault: 'cut-off', before: 'I was saying' });
    const error = await browserClient()
      .chat({ ...ask, stream: true })
      .catch((e: unknown) => e as ModelError);
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toMatchObject({ kind: 'cut-off', partialText: 'I was saying' });
  });

  it('removes the key from an upstream error that echoes it', async () => {
    fake.script({ fault: 'bad-request', message: `The key ${SERVER_KEY} has no access to this project.` });
    const response = await fetch(new URL('/api/llm/v1/chat/completions', app.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'x', messages: [{ role: 'user', content: 'Hi' }] }),
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toContain(SERVER_KEY);
    expect(text).toContain('[key hidden]');
  });

  it('says so when the model service cannot be reached', async () => {
    const gone = await startFakeOpenAI();
    await gone.close();
    const lonely = await startServer({ root, port: 0, middleware: [createLlmProxy({ apiKey: SERVER_KEY, baseURL: gone.baseURL })] });
    try {
      const error = await createModelClient({ baseURL: '/api/llm/v1', origin: lonely.url, model: 'm', maxRetries: 0 })
        .chat(ask)
        .catch((e: unknown) => e as ModelError);
      expect(error).toMatchObject({ kind: 'server', status: 502 });
    } finally {
      await lonely.close();
    }
  });

  it('refuses paths other than chat and models, non-JSON posts and other sites', async () => {
    const post = (path: string, headers: Record<string, string>) =>
      fetch(new URL(path, app.url), { method: 'POST', headers, body: '{"messages":[]}' }).then((r) => r.status);
    expect(await post('/api/llm/v1/files', { 'content-type': 'application/json' })).toBe(404);
    expect(await post('/api/llm/v1/chat/completions', { 'content-type': 'text/plain' })).toBe(415);
    expect(await post('/api/llm/v1/chat/completions', { 'content-type': 'application/json', origin: 'https://evil.example' })).toBe(403);
    expect(fake.requests).toEqual([]);
  });

  it('leaves every other path to the static files', async () => {
    const response = await fetch(new URL('/history', app.url));
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('never writes the key to the console', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    fake.script({ reply: 'Fine.' }, { fault: 'key-rejected' });
    await browserClient().chat(ask);
    await browserClient()
      .chat(ask)
      .catch(() => undefined);
    for (const spy of spies) expect(JSON.stringify(spy.mock.calls)).not.toContain(SERVER_KEY);
  });
});
