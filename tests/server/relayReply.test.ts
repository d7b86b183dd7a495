// Time limits, size limits and key redaction on replies passing the model proxy, over real HTTP.
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createModelClient } from '../../src/llm/createModelClient';
import { ModelError } from '../../src/llm/ModelError';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fakeOpenAI';
import { chatBody, HARNESS_KEY, postChat, type ProxyHarness, startProxy } from '../support/proxyHarness';
import { chunkEvent, type RawUpstream, startRawUpstream } from '../support/rawUpstream';

let upstream: FakeOpenAI | RawUpstream | undefined;
let proxy: ProxyHarness | undefined;
const endless = new Set<NodeJS.Timeout>();

afterEach(async () => {
  for (const timer of endless) clearInterval(timer);
  endless.clear();
  await upstream?.close();
  await proxy?.close();
  upstream = proxy = undefined;
});

const clientFor = (harness: ProxyHarness) =>
  createModelClient({ baseURL: '/api/llm/v1', origin: harness.origin, model: 'fake-model', maxRetries: 0, timeoutMs: 10_000 });
/** The ModelError a chat ends in; a chat that succeeds fails the test. */
const failure = (chat: Promise<unknown>): Promise<ModelError> =>
  chat.then(
    () => {
      throw new Error('expected the chat to fail');
    },
    (e: unknown) => e as ModelError,
  );
const ask = { messages: [{ role: 'user' as const, content: 'Hello?' }], maxTokens: 40 };

/** Streams a piece every few milliseconds for ever, as a runaway model would. */
function streamForEver(res: ServerResponse, piece = 'and on '): void {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  res.write(chunkEvent('It goes on '));
  const timer = setInterval(() => res.write(chunkEvent(piece)), 5);
  endless.add(timer);
  res.on('close', () => clearInterval(timer));
}

describe('time limits', () => {
  it('answers 504 when the model service does not answer in time', { timeout: 10_000 }, async () => {
    const fake = (upstream = await startFakeOpenAI({ apiKey: HARNESS_KEY }));
    proxy = await startProxy(fake.baseURL, { limits: { upstreamTimeoutMs: 300 } });
    fake.script({ fault: 'hang' });
    const response = await postChat(proxy);
    expect(response.status).toBe(504);
    expect(JSON.parse(response.body).error.message).toMatch(/did not answer within 0\.3 s/);
    expect(proxy.logs.join('\n')).toMatch(/sent nothing for 0\.3 s/);
  });

  it('cuts and ends an endless stream at the longest reply time, keeping what came', { timeout: 10_000 }, async () => {
    upstream = await startRawUpstream((_req, res) => streamForEver(res));
    proxy = await startProxy(upstream.baseURL, { limits: { maxReplyMs: 400 } });
    const seen: string[] = [];
    const error = await failure(clientFor(proxy).chat({ ...ask, stream: true }, { onText: (text) => seen.push(text) }));
    expect(error).toBeInstanceOf(ModelError);
    expect(error.message).toMatch(/ran longer than the 0\.4 s the team server allows and was cut/);
    expect(error.partialText).toMatch(/^It goes on (and on )+$/);
    expect(seen.length).toBeGreaterThan(1);
  });

  it('stops a stream that goes silent', { timeout: 10_000 }, async () => {
    const fake = (upstream = await startFakeOpenAI({ apiKey: HARNESS_KEY }));
    proxy = await startProxy(fake.baseURL, { limits: { upstreamTimeoutMs: 300 } });
    fake.script({ fault: 'stall', before: 'Well, the thing is' });
    const error = await failure(clientFor(proxy).chat({ ...ask, stream: true }));
    expect(error.message).toMatch(/sent nothing for 0\.3 s/);
    expect(error.partialText).toBe('Well, the thing is');
  });
});

describe('size limits', () => {
  it('cuts a stream that runs past the byte cap', { timeout: 10_000 }, async () => {
    upstream = await startRawUpstream((_req, res) => streamForEver(res, 'x'.repeat(500)));
    proxy = await startProxy(upstream.baseURL, { limits: { maxReplyBytes: 20_000 } });
    // The client's own cap on a reply sits above the proxy's here, so the proxy is what cuts it.
    const error = await failure(clientFor(proxy).chat({ ...ask, stream: true, maxChars: 100_000 }));
    expect(error.message).toMatch(/ran past the 20,000 bytes the team server allows/);
    expect(error.partialText?.length).toBeLessThan(20_000);
  });

  it('refuses a whole reply larger than the cap', async () => {
    upstream = await startRawUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: 'y'.repeat(50_000) }, finish_reason: 'stop' }] }));
    });
    proxy = await startProxy(upstream.baseURL, { limits: { maxReplyBytes: 20_000 } });
    const response = await postChat(proxy);
    expect(response.status).toBe(502);
    expect(response.body.length).toBeLessThan(1_000);
  });
});

describe('the key never passes back', () => {
  it('is removed from a 200 reply that echoes it', async () => {
    const fake = (upstream = await startFakeOpenAI({ apiKey: HARNESS_KEY }));
    proxy = await startProxy(fake.baseURL);
    fake.script({ reply: `Your key is ${HARNESS_KEY}, right?` });
    const response = await postChat(proxy);
    expect(response.status).toBe(200);
    expect(response.body).not.toContain(HARNESS_KEY);
    expect(response.body).toContain('Your key is [key hidden], right?');
  });

  it('is removed from a streamed reply, however the network splits it', async () => {
    upstream = await startRawUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const body = chunkEvent(`The key: ${HARNESS_KEY}.`) + chunkEvent('', 'stop') + 'data: [DONE]\n\n';
      // Byte by byte in small writes, so the key straddles network pieces.
      let at = 0;
      const timer = setInterval(() => {
        res.write(body.slice(at, at + 7));
        at += 7;
        if (at >= body.length) {
          clearInterval(timer);
          res.end();
        }
      }, 1);
      endless.add(timer);
    });
    proxy = await startProxy(upstream.baseURL);
    const response = await postChat(proxy, chatBody({ stream: true }));
    expect(response.body).not.toContain(HARNESS_KEY);
    expect(response.body).toContain('The key: [key hidden].');
    expect((await clientFor(proxy).chat({ ...ask, stream: true })).text).toBe('The key: [key hidden].');
  });

  it('stops a stream that spells the key across several pieces before the key is out', async () => {
    const fake = (upstream = await startFakeOpenAI({ apiKey: HARNESS_KEY }));
    proxy = await startProxy(fake.baseURL);
    const pieces = ['Sure: ', HARNESS_KEY.slice(0, 5), HARNESS_KEY.slice(5, 12), HARNESS_KEY.slice(12), ' is it.'];
    fake.script({ chunks: pieces });
    const error = await failure(clientFor(proxy).chat({ ...ask, stream: true }));
    expect(error).toBeInstanceOf(ModelError);
    expect(error.message).toMatch(/spelled out the server’s model key/);
    // At most the key's first few characters ("sk-ha") got through, never the rest.
    expect(error.partialText).toMatch(/^Sure: (sk-ha)?$/);
    expect(proxy.logs.join('\n')).not.toContain(HARNESS_KEY);
  });

  it('is removed from the headers passed back', async () => {
    upstream = await startRawUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': `req-${HARNESS_KEY}`, 'retry-after': HARNESS_KEY, 'x-echo': HARNESS_KEY });
      res.end(JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content: 'Hi.' }, finish_reason: 'stop' }] }));
    });
    proxy = await startProxy(upstream.baseURL);
    const response = await postChat(proxy);
    expect(JSON.stringify(response.headers)).not.toContain(HARNESS_KEY);
    expect(response.headers['x-request-id']).toBe('req-[key hidden]');
  });
});
