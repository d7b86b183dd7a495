// Per-client rate limits of the model proxy, over real HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fakeOpenAI';
import { HARNESS_KEY, postChat, type ProxyHarness, rawRequest, startProxy } from '../support/proxyHarness';

let fake: FakeOpenAI;
let proxy: ProxyHarness | undefined;

beforeEach(async () => {
  fake = await startFakeOpenAI({ apiKey: HARNESS_KEY });
});
afterEach(async () => {
  // The model service first: it lets go of replies it holds, so the proxy can close.
  await fake.close();
  await proxy?.close();
  proxy = undefined;
});

const chats = () => fake.requests.filter((r) => r.path === '/v1/chat/completions');

describe('the per-client rate limit', () => {
  it('forwards only a minute’s allowance of 300 parallel requests and answers the rest 429 with Retry-After', async () => {
    proxy = await startProxy(fake.baseURL, { limits: { requestsPerMinute: 10, parallelPerClient: 300 } });
    const answers = await Promise.all(Array.from({ length: 300 }, () => postChat(proxy!)));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(10);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(290);
    expect(Number(refused[0]!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(refused[0]!.body).error.message).toMatch(/allows 10 a minute/);
    expect(chats()).toHaveLength(10);
    // One log line for the flood, not 290.
    expect(proxy.logs.filter((line) => /over its rate limit/.test(line))).toHaveLength(1);
  });

  it('has a sensible default when no limit is set', async () => {
    proxy = await startProxy(fake.baseURL);
    const answers = await Promise.all(Array.from({ length: 100 }, () => postChat(proxy!)));
    expect(answers.filter((a) => a.status === 429).length).toBeGreaterThan(50);
    expect(chats().length).toBeLessThanOrEqual(30);
  });

  it('lets a client ask again once a minute has passed', async () => {
    let now = Date.UTC(2026, 0, 5, 9);
    proxy = await startProxy(fake.baseURL, { limits: { requestsPerMinute: 2 }, now: () => now });
    expect((await postChat(proxy)).status).toBe(200);
    expect((await postChat(proxy)).status).toBe(200);
    expect((await postChat(proxy)).status).toBe(429);
    now += 60_001;
    expect((await postChat(proxy)).status).toBe(200);
  });

  it('counts each client on its own', async () => {
    proxy = await startProxy(fake.baseURL, { limits: { requestsPerMinute: 1 } });
    expect((await postChat(proxy, undefined, {}, '127.0.0.1')).status).toBe(200);
    expect((await postChat(proxy, undefined, {}, '127.0.0.1')).status).toBe(429);
    expect((await postChat(proxy, undefined, {}, '127.0.0.2')).status).toBe(200);
  });

  it('limits how many requests a client has running at once, the model list included', async () => {
    proxy = await startProxy(fake.baseURL, { limits: { parallelPerClient: 2 } });
    fake.script({ fault: 'hang' }, { fault: 'hang' });
    void postChat(proxy).catch(() => undefined);
    void postChat(proxy).catch(() => undefined);
    await expect.poll(() => chats().length).toBe(2);
    const third = await rawRequest(`${proxy.origin}/api/llm/v1/models`, { headers: { origin: proxy.origin } });
    expect(third.status).toBe(429);
    expect(JSON.parse(third.body).error.message).toMatch(/at once: the team server allows 2/);
  });
});
