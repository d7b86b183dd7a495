// The chat request the proxy sends upstream is rebuilt from an allow-list, over real HTTP.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createModelClient } from '../../src/llm/createModelClient';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fakeOpenAI';
import { chatBody, HARNESS_KEY, postChat, type ProxyHarness, startProxy } from '../support/proxyHarness';

let fake: FakeOpenAI;
let proxy: ProxyHarness;

beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: HARNESS_KEY, models: ['fake-model'] });
  proxy = await startProxy(fake.baseURL, { limits: { requestsPerMinute: 1_000 } });
});
afterAll(async () => {
  await proxy.close();
  await fake.close();
});
beforeEach(() => {
  fake.requests.length = 0;
});

/** Sends a chat body and returns the status and the error message, if any. */
async function send(extra: Record<string, unknown>): Promise<{ status: number; message?: string }> {
  const response = await postChat(proxy, chatBody(extra));
  if (!/json/.test(String(response.headers['content-type']))) return { status: response.status };
  const parsed = JSON.parse(response.body) as { error?: { message?: string } };
  return { status: response.status, message: parsed.error?.message };
}

describe('the request the proxy sends upstream', () => {
  it.each([
    ['max_tokens: null', { max_tokens: null }, /At max_tokens: expected a number, got null/],
    ['max_tokens: "1000000"', { max_tokens: '1000000' }, /At max_tokens: expected a number, got a string/],
    ['max_tokens: [1e9]', { max_tokens: [1e9] }, /At max_tokens: expected a number, got an array/],
    ['max_completion_tokens: null', { max_completion_tokens: null }, /At max_completion_tokens: expected a number, got null/],
    ['max_tokens: 2.5', { max_tokens: 2.5 }, /At max_tokens: expected a whole number/],
    ['temperature: "hot"', { temperature: 'hot' }, /At temperature: expected a number, got a string/],
    ['a message with no text', { messages: [{ role: 'user', content: 5 }] }, /At messages\.0\.content: expected a string/],
    ['a message from an unknown role', { messages: [{ role: 'root', content: 'hi' }] }, /At messages\.0\.role: expected "system", "user" or "assistant"/],
    ['no messages', { messages: [] }, /At messages: expected at least 1 item/],
  ])('refuses %s with 400, naming the path, and sends nothing', async (_name, extra, message) => {
    const { status, message: said } = await send(extra);
    expect(status).toBe(400);
    expect(said).toMatch(message);
    expect(fake.requests).toEqual([]);
  });

  it('refuses fields outside the allow-list, naming each one', async () => {
    const { status, message } = await send({
      service_tier: 'priority',
      store: true,
      logprobs: true,
      top_logprobs: 20,
      audio: { voice: 'alloy', format: 'wav' },
      modalities: ['text', 'audio'],
      n: 8,
    });
    expect(status).toBe(400);
    for (const field of ['service_tier', 'store', 'logprobs', 'top_logprobs', 'audio', 'modalities', 'n'])
      expect(message).toContain(`At ${field}: unknown key`);
    expect(fake.requests).toEqual([]);
  });

  it('refuses unknown fields inside messages and tools too', async () => {
    const { status, message } = await send({
      messages: [{ role: 'user', content: 'hi', audio: { id: 'x' } }],
      tools: [{ type: 'function', function: { name: 'end_call', parameters: {} }, cache_control: {} }],
    });
    expect(status).toBe(400);
    expect(message).toContain('At messages.0.audio: unknown key');
    expect(message).toContain('At tools.0.cache_control: unknown key');
  });

  it('caps both reply-length fields and uses the server’s model', async () => {
    expect((await send({ model: 'gpt-4.5-preview', max_tokens: 1_000_000 })).status).toBe(200);
    expect((await send({ max_tokens: undefined, max_completion_tokens: 1e9 })).status).toBe(200);
    expect((await send({ max_tokens: undefined })).status).toBe(200);
    const [first, second, third] = fake.chatBodies();
    expect(first).toMatchObject({ model: 'fake-model', max_tokens: 4_000 });
    expect(second).toMatchObject({ model: 'fake-model', max_completion_tokens: 4_000 });
    expect(second).not.toHaveProperty('max_tokens');
    expect(third).toMatchObject({ max_tokens: 4_000 });
  });

  it('sends only the allowed fields it was given, in a new object', async () => {
    const extra = {
      temperature: 0.7,
      seed: 3,
      stream: true,
      stream_options: { include_usage: true },
      tools: [{ type: 'function', function: { name: 'end_call', description: 'End the call.', parameters: { type: 'object', properties: {} } } }],
      tool_choice: 'auto',
    };
    expect((await send(extra)).status).toBe(200);
    const sent = fake.chatBodies()[0]!;
    expect(Object.keys(sent).sort()).toEqual(['max_tokens', 'messages', 'model', 'seed', 'stream', 'stream_options', 'temperature', 'tool_choice', 'tools']);
  });

  it('passes the app’s own requests: tools, structured output and streaming, through the real SDK', async () => {
    const client = createModelClient({ baseURL: '/api/llm/v1', origin: proxy.origin, model: 'fake-model', maxRetries: 0, timeoutMs: 2_000 });
    fake.script({ reply: 'Bye.', toolCalls: [{ name: 'end_call', arguments: { reason: 'hung-up' } }] }, { json: { verdict: 'met' } });
    const withTools = await client.chat({
      messages: [
        { role: 'system', content: 'You are Art.' },
        { role: 'user', content: 'Hi Art.' },
      ],
      maxTokens: 160,
      temperature: 0.8,
      seed: 1,
      stream: true,
      tools: [{ name: 'end_call', description: 'End the call.', parameters: { type: 'object', properties: { reason: { type: 'string' } } } }],
    });
    expect(withTools.toolCalls[0]?.name).toBe('end_call');
    const judged = await client.chat({
      messages: [{ role: 'user', content: 'Judge.' }],
      maxTokens: 2_000,
      jsonSchema: { name: 'verdicts', schema: { type: 'object' } },
    });
    expect(JSON.parse(judged.text)).toEqual({ verdict: 'met' });
  });

  it('says what is wrong with a body that is not JSON', async () => {
    const response = await postChat(proxy, '{"messages": [');
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body).error.message).toMatch(/not valid JSON/);
  });
});
