// DNS rebinding and foreign pages, over real HTTP through the model proxy.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fakeOpenAI';
import { chatBody, HARNESS_KEY, type ProxyHarness, rawRequest, startProxy } from '../support/proxyHarness';

let fake: FakeOpenAI;
let proxy: ProxyHarness;
let port: number;

beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: HARNESS_KEY });
  proxy = await startProxy(fake.baseURL, { allowedHosts: ['training.example', 'https://dialed-in.example'] });
  port = proxy.app.port;
});
afterAll(async () => {
  await proxy.close();
  await fake.close();
});
beforeEach(() => {
  fake.requests.length = 0;
});

/** A chat request sent to 127.0.0.1 whatever Host and Origin it claims. */
const chat = (headers: Record<string, string>) =>
  rawRequest(`${proxy.origin}/api/llm/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: chatBody() });

describe('which pages may use the model key', () => {
  it('refuses a rebinding host name even when the Origin matches it, and forwards nothing', async () => {
    const response = await chat({ host: `evil.example:${port}`, origin: `http://evil.example:${port}` });
    expect(response.status).toBe(403);
    expect(response.body).toMatch(/host name “evil\.example:\d+”/);
    expect(fake.requests).toEqual([]);
    expect(proxy.logs.join('\n')).toMatch(/refused a request for host name "evil\.example:\d+"/);
  });

  it('refuses a foreign host name with no Origin at all, and on the config and model-list paths too', async () => {
    expect((await chat({ host: `evil.example:${port}` })).status).toBe(403);
    expect((await rawRequest(`${proxy.origin}/api/llm/v1/models`, { headers: { host: `evil.example:${port}` } })).status).toBe(403);
    expect((await rawRequest(`${proxy.origin}/api/llm/config`, { headers: { host: `evil.example:${port}` } })).status).toBe(403);
    expect(fake.requests).toEqual([]);
  });

  it('accepts localhost, 127.0.0.1 and [::1] on its own port, with their own origins', async () => {
    for (const name of ['localhost', '127.0.0.1', '[::1]']) {
      const response = await chat({ host: `${name}:${port}`, origin: `http://${name}:${port}` });
      expect(response.status, name).toBe(200);
    }
    expect(fake.requests).toHaveLength(3);
  });

  it('refuses its own names on another port', async () => {
    expect((await chat({ host: `localhost:${port + 1}` })).status).toBe(403);
  });

  it('accepts a name set in DIALED_IN_ALLOWED_HOSTS', async () => {
    expect((await chat({ host: `training.example:${port}`, origin: `http://training.example:${port}` })).status).toBe(200);
    expect((await chat({ host: 'training.example', origin: 'http://training.example' })).status).toBe(200);
  });

  it('compares the Origin’s scheme and port, not only its host name', async () => {
    const host = `127.0.0.1:${port}`;
    expect((await chat({ host, origin: `https://127.0.0.1:${port}` })).status).toBe(403);
    expect((await chat({ host, origin: `http://127.0.0.1:${port + 1}` })).status).toBe(403);
    expect((await chat({ host, origin: 'null' })).status).toBe(403);
    expect((await chat({ host, origin: 'https://evil.example' })).status).toBe(403);
    expect(fake.requests).toEqual([]);
  });

  it('takes an origin entry (https://name) to mean that scheme only', async () => {
    expect((await chat({ host: 'dialed-in.example', origin: 'https://dialed-in.example' })).status).toBe(200);
    expect((await chat({ host: 'dialed-in.example', origin: 'http://dialed-in.example' })).status).toBe(403);
  });

  it('never writes the key into its log', () => {
    expect(proxy.logs.join('\n')).not.toContain(HARNESS_KEY);
  });
});
