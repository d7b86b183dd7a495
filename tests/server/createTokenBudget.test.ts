// The server's daily token budget, over real HTTP through the model proxy.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModelClient } from '../../src/llm/createModelClient';
import { ModelError } from '../../src/llm/ModelError';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fakeOpenAI';
import { chatBody, HARNESS_KEY, postChat, type ProxyHarness, startProxy } from '../support/proxyHarness';

let fake: FakeOpenAI;
let proxy: ProxyHarness | undefined;

beforeEach(async () => {
  fake = await startFakeOpenAI({ apiKey: HARNESS_KEY });
});
afterEach(async () => {
  await fake.close();
  await proxy?.close();
  proxy = undefined;
});

const chats = () => fake.requests.filter((r) => r.path === '/v1/chat/completions');
/** About 750 prompt tokens by the fake's count; the proxy reserves about 1,060 for it. */
const LONG = 'Where are my plates? '.repeat(143);
const longChat = chatBody({ messages: [{ role: 'user', content: LONG }] });
const limits = { dailyTokens: 2_000, requestsPerMinute: 1_000, parallelPerClient: 100 };

describe('the daily token budget', () => {
  it('refuses chat requests once the day’s tokens are spent, and says when it resets', async () => {
    proxy = await startProxy(fake.baseURL, { limits, now: () => Date.UTC(2026, 0, 5, 21, 30) });
    expect((await postChat(proxy, longChat)).status).toBe(200);
    expect((await postChat(proxy, longChat)).status).toBe(200);
    const refused = await postChat(proxy, longChat);
    expect(refused.status).toBe(429);
    expect(refused.headers['x-should-retry']).toBe('false');
    expect(JSON.parse(refused.body).error).toMatchObject({ code: 'daily_budget_exhausted', type: 'insufficient_quota' });
    expect(JSON.parse(refused.body).error.message).toMatch(/daily model budget \(2,000 tokens\) is used up.*midnight UTC, in 2 h 30 min/);
    expect(chats()).toHaveLength(2);
  });

  it('cannot be overrun by many requests at once: each reserves its worst case first', async () => {
    proxy = await startProxy(fake.baseURL, { limits });
    // Replies that never come keep every admitted request's reservation open.
    fake.script(...Array.from({ length: 10 }, () => ({ fault: 'hang' as const })));
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      void postChat(proxy, longChat).then(
        (a) => statuses.push(a.status),
        () => undefined,
      );
    await expect.poll(() => statuses.length).toBe(9);
    expect(statuses.every((status) => status === 429)).toBe(true);
    expect(chats()).toHaveLength(1);
  });

  it('starts afresh at midnight UTC', async () => {
    let now = Date.UTC(2026, 0, 5, 23, 59);
    proxy = await startProxy(fake.baseURL, { limits, now: () => now });
    await postChat(proxy, longChat);
    await postChat(proxy, longChat);
    expect((await postChat(proxy, longChat)).status).toBe(429);
    now = Date.UTC(2026, 0, 6, 0, 1);
    expect((await postChat(proxy, longChat)).status).toBe(200);
  });

  it('is not retried by the app’s client, which says waiting will not help', async () => {
    proxy = await startProxy(fake.baseURL, { limits: { ...limits, dailyTokens: 500 } });
    const client = createModelClient({ baseURL: '/api/llm/v1', origin: proxy.origin, model: 'fake-model', maxRetries: 2, timeoutMs: 2_000 });
    const error = await client.chat({ messages: [{ role: 'user', content: LONG }], maxTokens: 40 }).catch((e: unknown) => e as ModelError);
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toMatchObject({ kind: 'rate-limited', retryable: false });
    expect(chats()).toEqual([]);
  });

  it('reports each request’s tokens and the day’s total in the server log, never the key', async () => {
    proxy = await startProxy(fake.baseURL, { limits });
    fake.script({ reply: 'Thursday by five.' });
    await postChat(proxy, longChat);
    expect(proxy.logs.at(-1)).toMatch(/^model proxy: 127\.0\.0\.1 used 7\d\d tokens; today 7\d\d of 2,000$/);
    // A stream without a usage report is estimated, and said to be.
    await postChat(proxy, chatBody({ stream: true }));
    expect(proxy.logs.at(-1)).toMatch(/used \d+ tokens \(estimated\); today \d{3},?\d* of 2,000/);
    expect(proxy.logs.join('\n')).not.toContain(HARNESS_KEY);
  });

  it('has a default budget when none is set', async () => {
    proxy = await startProxy(fake.baseURL);
    await postChat(proxy);
    expect(proxy.logs.at(-1)).toMatch(/of 2,000,000$/);
  });
});
