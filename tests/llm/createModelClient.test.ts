import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createModelClient, type ModelClientOptions } from '../../src/llm/createModelClient';
import type { RetryWait } from '../../src/llm/ModelClient';
import { ModelError } from '../../src/llm/ModelError';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fakeOpenAI';

const KEY = 'sk-test-key-9f8e7d6c5b4a';
let fake: FakeOpenAI;

beforeEach(async () => {
  fake = await startFakeOpenAI({ apiKey: KEY, models: ['fake-model', 'other-model'] });
});
afterEach(async () => {
  await fake.close();
});

const client = (overrides: Partial<ModelClientOptions> = {}) =>
  createModelClient({ baseURL: fake.baseURL, apiKey: KEY, model: 'fake-model', timeoutMs: 2_000, maxRetries: 2, ...overrides });

const ask = { messages: [{ role: 'user' as const, content: 'Hello?' }], maxTokens: 50 };

async function failure(promise: Promise<unknown>): Promise<ModelError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelError);
  return error as ModelError;
}

describe('createModelClient', () => {
  it('returns a whole reply with the token usage the server counted', async () => {
    fake.script({ reply: 'Art speaking.' });
    const result = await client().chat(ask);
    expect(result.text).toBe('Art speaking.');
    expect(result.finishReason).toBe('stop');
    expect(result.usage?.prompt).toBeGreaterThan(0);
    expect(result.usage?.completion).toBeGreaterThan(0);
    expect(fake.chatBodies()[0]).toMatchObject({ model: 'fake-model', max_tokens: 50, messages: ask.messages });
  });

  it('streams a reply piece by piece and reports the text so far each time', async () => {
    fake.script({ reply: 'The plates are still not here, you know.' });
    const seen: string[] = [];
    const result = await client().chat({ ...ask, stream: true }, { onText: (text) => seen.push(text) });
    expect(result.text).toBe('The plates are still not here, you know.');
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(result.text);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.startsWith(seen[i - 1]!)).toBe(true);
    expect(result.usage?.total).toBeGreaterThan(0);
    expect(fake.chatBodies()[0]).toMatchObject({ stream: true, stream_options: { include_usage: true } });
  });

  it('assembles a tool call streamed in pieces', async () => {
    fake.script({ reply: 'Bye.', toolCalls: [{ name: 'end_call', arguments: { reason: 'hung-up' } }] });
    const tools = [{ name: 'end_call', description: 'End the call', parameters: { type: 'object', properties: {} } }];
    const result = await client().chat({ ...ask, stream: true, tools });
    expect(result.toolCalls).toEqual([{ name: 'end_call', arguments: '{"reason":"hung-up"}' }]);
    expect(fake.chatBodies()[0]).toMatchObject({ tools: [{ type: 'function', function: { name: 'end_call' } }], tool_choice: 'auto' });
  });

  it('says the tools were sent when the server takes them', async () => {
    fake.script({ reply: 'Hello.' });
    const tools = [{ name: 'end_call', description: 'End the call', parameters: { type: 'object', properties: {} } }];
    expect(await client().chat({ ...ask, tools })).toMatchObject({ text: 'Hello.', toolsSent: true });
    expect((await client().chat(ask)).toolsSent).toBeUndefined();
  });

  it('drops tools a server refuses, sends the messages meant for that case, and skips tools from then on', async () => {
    const plain = await startFakeOpenAI({ toolCalls: false });
    try {
      const tools = [{ name: 'end_call', description: 'End the call', parameters: { type: 'object', properties: {} } }];
      const instead = [{ role: 'system' as const, content: 'End with a marker.' }, ...ask.messages];
      const noTools = createModelClient({ baseURL: plain.baseURL, model: 'fake-model', maxRetries: 0 });
      plain.script({ reply: 'First.' }, { reply: 'Second.' });
      expect(await noTools.chat({ ...ask, stream: true, tools, messagesWithoutTools: instead })).toMatchObject({ text: 'First.', toolsSent: false });
      expect(await noTools.chat({ ...ask, stream: true, tools, messagesWithoutTools: instead })).toMatchObject({ text: 'Second.', toolsSent: false });
      const [refused, retried, later] = plain.chatBodies();
      expect(refused).toMatchObject({ tools: [{ function: { name: 'end_call' } }], messages: ask.messages });
      expect(retried).not.toHaveProperty('tools');
      expect(retried).not.toHaveProperty('tool_choice');
      expect(retried!.messages).toEqual(instead);
      expect(later).not.toHaveProperty('tools');
      expect(later!.messages).toEqual(instead);
      expect(plain.chatBodies()).toHaveLength(3);
    } finally {
      await plain.close();
    }
  });

  it('asks for structured output with a strict JSON schema', async () => {
    fake.script({ json: { ok: true } });
    const schema = { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'], additionalProperties: false };
    const result = await client().chat({ ...ask, jsonSchema: { name: 'check', schema } });
    expect(JSON.parse(result.text)).toEqual({ ok: true });
    expect(fake.chatBodies()[0]).toMatchObject({ response_format: { type: 'json_schema', json_schema: { name: 'check', strict: true, schema } } });
  });

  it('lists the models the server offers', async () => {
    expect(await client().listModels()).toEqual(['fake-model', 'other-model']);
  });

  it('sends the key only in the Authorization header, and no SDK telemetry headers', async () => {
    fake.script({ reply: 'One.' }, { reply: 'Two.' });
    await client().chat(ask);
    await client().chat({ ...ask, stream: true });
    await client().listModels();
    expect(fake.requests.length).toBe(3);
    for (const request of fake.requests) {
      expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
      const elsewhere = JSON.stringify({ ...request, headers: { ...request.headers, authorization: '' } });
      expect(elsewhere).not.toContain(KEY);
      expect(Object.keys(request.headers).filter((name) => name.startsWith('x-stainless'))).toEqual([]);
    }
  });

  it('sends no Authorization header at all through the same-origin proxy path', async () => {
    const open = await startFakeOpenAI();
    try {
      open.script({ reply: 'Hi.' });
      const proxied = createModelClient({ baseURL: '/v1', origin: open.origin, apiKey: KEY, model: 'fake-model', maxRetries: 0 });
      expect((await proxied.chat(ask)).text).toBe('Hi.');
      expect(open.requests[0]!.headers.authorization).toBeUndefined();
      expect(JSON.stringify(open.requests)).not.toContain(KEY);
    } finally {
      await open.close();
    }
  });

  describe('faults', () => {
    it('says the key was rejected on a 401 and does not retry', async () => {
      const error = await failure(client({ apiKey: 'sk-wrong' }).chat(ask));
      expect(error.kind).toBe('key-rejected');
      expect(error.retryable).toBe(false);
      expect(error.message).toMatch(/rejected the API key/);
      expect(fake.chatBodies().length).toBe(1);
    });

    it('names the missing model on a 404', async () => {
      const error = await failure(client({ model: 'gpt-nope' }).chat(ask));
      expect(error.kind).toBe('model-not-found');
      expect(error.message).toContain('"gpt-nope"');
    });

    it('explains a base URL that points at the wrong path', async () => {
      const error = await failure(client({ baseURL: fake.origin }).chat(ask));
      expect(error.kind).toBe('unreachable');
      expect(error.message).toMatch(/ends in \/v1/);
    });

    it('says the server is unreachable when nothing listens there', async () => {
      const gone = await startFakeOpenAI();
      await gone.close();
      const error = await failure(client({ baseURL: gone.baseURL, maxRetries: 0 }).chat(ask));
      expect(error.kind).toBe('unreachable');
      expect(error.retryable).toBe(true);
    });

    it('retries after a rate limit, honouring retry-after, and then succeeds', async () => {
      fake.script({ fault: 'rate-limited' }, { reply: 'Hello again.' });
      expect((await client().chat(ask)).text).toBe('Hello again.');
      expect(fake.chatBodies().length).toBe(2);
    });

    it('gives up on a lasting rate limit after the allowed retries, saying when to try again', async () => {
      fake.script({ fault: 'rate-limited' }, { fault: 'rate-limited' }, { fault: 'rate-limited' });
      const error = await failure(client().chat(ask));
      expect(error.kind).toBe('rate-limited');
      expect(error.retryable).toBe(true);
      expect(error.message).toMatch(/about 1 s/);
      expect(fake.chatBodies().length).toBe(3);
    });

    it('does not call an exhausted quota retryable', async () => {
      fake.script({ fault: 'rate-limited', quota: true }, { fault: 'rate-limited', quota: true }, { fault: 'rate-limited', quota: true });
      const error = await failure(client().chat(ask));
      expect(error.kind).toBe('rate-limited');
      expect(error.retryable).toBe(false);
    });

    it('retries server errors and succeeds when the server recovers', async () => {
      fake.script(
        { fault: 'server-error', status: 500, retryAfterMs: 5 },
        { fault: 'server-error', status: 503, retryAfterMs: 5 },
        { reply: 'There you are.' },
      );
      expect((await client().chat({ ...ask, stream: true })).text).toBe('There you are.');
      expect(fake.chatBodies().length).toBe(3);
    });

    it('reports a lasting server error in plain words', async () => {
      fake.script({ fault: 'server-error', status: 503 });
      const error = await failure(client({ maxRetries: 0 }).chat(ask));
      expect(error.kind).toBe('server');
      expect(error.message).toContain('HTTP 503');
      expect(error.retryable).toBe(true);
    });

    it('times out when the server hangs', async () => {
      fake.script({ fault: 'hang' });
      const error = await failure(client({ timeoutMs: 300, maxRetries: 0 }).chat({ ...ask, stream: true }));
      expect(error.kind).toBe('timeout');
    });

    it('times out when a stream stalls, keeping what was said', async () => {
      fake.script({ fault: 'stall', before: 'Well, the thing is' });
      const error = await failure(client({ timeoutMs: 300, maxRetries: 0 }).chat({ ...ask, stream: true }));
      expect(error.kind).toBe('timeout');
      expect(error.partialText).toBe('Well, the thing is');
    });

    it('keeps the partial text when the connection drops mid-reply', async () => {
      fake.script({ fault: 'cut-off', before: 'I was just about to say' });
      const seen: string[] = [];
      const error = await failure(client().chat({ ...ask, stream: true }, { onText: (t) => seen.push(t) }));
      expect(error.kind).toBe('cut-off');
      expect(error.partialText).toBe('I was just about to say');
      expect(seen.at(-1)).toBe('I was just about to say');
      expect(fake.chatBodies().length).toBe(1);
    });

    it('treats a stream that ends without a finish as cut off', async () => {
      fake.script({ fault: 'no-finish', before: 'Half a' });
      const error = await failure(client().chat({ ...ask, stream: true }));
      expect(error.kind).toBe('cut-off');
      expect(error.partialText).toBe('Half a');
    });

    it('reports an unreadable body as malformed', async () => {
      fake.script({ fault: 'malformed' });
      expect((await failure(client().chat(ask))).kind).toBe('malformed');
    });

    it('reports an unreadable stream event as malformed', async () => {
      fake.script({ fault: 'malformed' });
      expect((await failure(client().chat({ ...ask, stream: true }))).kind).toBe('malformed');
    });

    it('reports JSON of the wrong shape as malformed', async () => {
      fake.script({ fault: 'wrong-shape' });
      expect((await failure(client().chat(ask))).kind).toBe('malformed');
    });

    it('stops when the caller cancels', async () => {
      fake.script({ fault: 'hang' });
      const controller = new AbortController();
      const pending = client().chat({ ...ask, stream: true }, { signal: controller.signal });
      // Cancel once the request has reached the server, so it is a request in flight that is called off.
      await vi.waitFor(() => expect(fake.chatBodies()).toHaveLength(1));
      controller.abort();
      expect((await failure(pending)).kind).toBe('aborted');
    });

    it('switches to max_completion_tokens when the model refuses max_tokens', async () => {
      fake.script(
        { fault: 'bad-request', message: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead." },
        { reply: 'Fine.' },
      );
      expect((await client().chat(ask)).text).toBe('Fine.');
      const [first, second] = fake.chatBodies();
      expect(first).toHaveProperty('max_tokens', 50);
      expect(second).not.toHaveProperty('max_tokens');
      expect(second).toHaveProperty('max_completion_tokens', 50);
    });

    it('never puts the key into an error message, even when the server echoes it', async () => {
      fake.script({ fault: 'bad-request', message: `Key ${KEY} is not valid for this organisation` });
      const error = await failure(client().chat(ask));
      expect(error.message).not.toContain(KEY);
      expect(error.message).toContain('[key hidden]');
    });
  });

  describe('runaway replies', () => {
    const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

    it('cuts a streamed reply that runs far past what was asked, keeping the start and reading no further', async () => {
      const huge = words(20_000); // about 150 KB
      fake.script({ reply: huge, chunkWords: 5 });
      const seen: string[] = [];
      const error = await failure(client().chat({ ...ask, stream: true }, { onText: (t) => seen.push(t) }));
      expect(error.kind).toBe('too-long');
      expect(error.retryable).toBe(true);
      expect(error.message).toMatch(/past 2,000 characters/);
      expect(error.partialText).toBe(huge.slice(0, 2_000));
      expect(Math.max(...seen.map((t) => t.length))).toBeLessThanOrEqual(2_000);
    });

    it('takes the character limit the request sets', async () => {
      fake.script({ reply: words(500) });
      const error = await failure(client().chat({ ...ask, stream: true, maxChars: 300 }));
      expect(error.kind).toBe('too-long');
      expect(error.partialText).toHaveLength(300);
    });

    it('cuts a whole (non-streamed) reply that is far too long, keeping the start', async () => {
      const long = words(4_000);
      fake.script({ reply: long });
      const error = await failure(client().chat(ask));
      expect(error.kind).toBe('too-long');
      expect(error.partialText).toBe(long.slice(0, 2_000));
    });

    it('stops reading a whole reply whose body is far larger than any reply', async () => {
      fake.script({ reply: words(150_000) }); // over 1 MB of JSON
      const error = await failure(client().chat(ask));
      expect(error.kind).toBe('too-long');
      expect(error.message).toMatch(/far more than a reply/);
    });

    it('cuts an endless stream of text at the character limit', async () => {
      fake.script({ fault: 'endless', piece: 'la ', everyMs: 1 });
      const error = await failure(client().chat({ ...ask, stream: true, maxChars: 200 }));
      expect(error.kind).toBe('too-long');
      expect(error.partialText).toHaveLength(200);
      expect(error.partialText!.startsWith('la la la')).toBe(true);
    });

    it('gives up an endless stream at the time limit for the whole reply, keeping what came', async () => {
      fake.script({ fault: 'endless', piece: 'la ', everyMs: 20 });
      const error = await failure(client().chat({ ...ask, stream: true, maxChars: 1_000_000, maxDurationMs: 400 }));
      expect(error.kind).toBe('timeout');
      expect(error.message).toMatch(/still coming after/);
      expect(error.partialText!.startsWith('la la')).toBe(true);
    });

    it('gives up a stream that keeps sending pieces with nothing in them', async () => {
      fake.script({ fault: 'endless', piece: '', everyMs: 5 });
      const error = await failure(client({ maxReplyMs: 400 }).chat({ ...ask, stream: true }));
      expect(error.kind).toBe('timeout');
      expect(error.message).toMatch(/sent nothing to say/);
      expect(error.partialText).toBeUndefined();
    });

    it('says a base URL answered with a web page, not a model reply', async () => {
      fake.script({ fault: 'web-page' }, { fault: 'web-page' });
      for (const stream of [true, false]) {
        const error = await failure(client().chat({ ...ask, stream }));
        expect(error.kind).toBe('unreachable');
        expect(error.retryable).toBe(false);
        expect(error.message).toMatch(/returned a web page, not a model reply\. Check the base URL/);
      }
      expect(fake.chatBodies()).toHaveLength(2);
    });
  });

  describe('waiting to ask again', () => {
    /** A sleep that records its waits and does not really wait. */
    function recordingSleep() {
      const slept: number[] = [];
      return { slept, sleep: async (ms: number) => void slept.push(ms) };
    }

    it('waits as long as Retry-After asks, saying why and for how long before each retry', async () => {
      fake.script(
        { fault: 'rate-limited', retryAfterSeconds: 20, retryAfterMs: null },
        { fault: 'rate-limited', retryAfterSeconds: 20, retryAfterMs: null },
        { reply: 'Finally.' },
      );
      const { slept, sleep } = recordingSleep();
      const waits: RetryWait[] = [];
      const result = await client({ sleep }).chat({ ...ask, stream: true }, { onRetry: (wait) => waits.push(wait) });
      expect(result.text).toBe('Finally.');
      expect(slept).toEqual([20_000, 20_000]);
      expect(waits).toEqual([
        { reason: 'The model is busy (too many requests)', waitMs: 20_000, attempt: 2, attempts: 3 },
        { reason: 'The model is busy (too many requests)', waitMs: 20_000, attempt: 3, attempts: 3 },
      ]);
    });

    it('reads a Retry-After given as a date', async () => {
      const now = Date.parse('2030-01-01T10:00:00Z');
      fake.script({ fault: 'rate-limited', retryAfterSeconds: 'Tue, 01 Jan 2030 10:00:12 GMT', retryAfterMs: null }, { reply: 'Hi.' });
      const { slept, sleep } = recordingSleep();
      expect((await client({ sleep, now: () => now }).chat(ask)).text).toBe('Hi.');
      expect(slept).toEqual([12_000]);
    });

    it('fails at once, saying when to try again, when Retry-After asks for longer than is worth waiting', async () => {
      fake.script({ fault: 'rate-limited', retryAfterSeconds: 120, retryAfterMs: null });
      const { slept, sleep } = recordingSleep();
      const waits: RetryWait[] = [];
      const error = await failure(client({ sleep }).chat({ ...ask, stream: true }, { onRetry: (wait) => waits.push(wait) }));
      expect(error.kind).toBe('rate-limited');
      expect(error.retryable).toBe(true);
      expect(error.message).toMatch(/Try again in about 120 s/);
      expect(fake.chatBodies()).toHaveLength(1);
      expect(slept).toEqual([]);
      expect(waits).toEqual([]);
    });

    it('says a server error is being retried, with a short backoff when the server names no wait', async () => {
      fake.script({ fault: 'server-error', status: 503 }, { reply: 'Back.' });
      const { slept, sleep } = recordingSleep();
      const waits: RetryWait[] = [];
      expect((await client({ sleep }).chat(ask, { onRetry: (wait) => waits.push(wait) })).text).toBe('Back.');
      expect(slept).toEqual([500]);
      expect(waits[0]!.reason).toBe('The model server had a problem (HTTP 503)');
    });

    it('does not ask a silent model again and again: one timeout, not three', async () => {
      fake.script({ fault: 'hang' }, { fault: 'hang' }, { fault: 'hang' });
      const error = await failure(client({ timeoutMs: 300, maxRetries: 2 }).chat({ ...ask, stream: true }));
      expect(error.kind).toBe('timeout');
      expect(fake.chatBodies()).toHaveLength(1);
    });

    it('stops waiting to retry as soon as the caller cancels', async () => {
      fake.script({ fault: 'rate-limited', retryAfterSeconds: 20, retryAfterMs: null });
      const controller = new AbortController();
      const pending = client().chat({ ...ask, stream: true }, { signal: controller.signal, onRetry: () => controller.abort() });
      expect((await failure(pending)).kind).toBe('aborted');
      expect(fake.chatBodies()).toHaveLength(1);
    });
  });
});
