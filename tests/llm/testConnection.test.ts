import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection } from '../../src/llm/testConnection';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fakeOpenAI';

const KEY = 'sk-check-3c4d5e6f';
let fake: FakeOpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: KEY, models: ['fake-model', 'other-model'] });
});
afterAll(async () => {
  await fake.close();
});

describe('testConnection', () => {
  it('confirms a working server, key and model', async () => {
    const result = await testConnection({ baseURL: fake.baseURL, apiKey: KEY, model: 'fake-model' });
    expect(result).toMatchObject({ ok: true, models: ['fake-model', 'other-model'] });
    expect(result.message).toBe(`Connected to ${fake.baseURL}: the model “fake-model” answered.`);
  });

  it('asks for an address before trying anything', async () => {
    expect(await testConnection({ baseURL: ' ', model: 'x' })).toMatchObject({
      ok: false,
      kind: 'settings',
      message: expect.stringMatching(/Enter the server address/),
    });
    expect(await testConnection({ baseURL: 'localhost:11434', model: 'x' })).toMatchObject({
      ok: false,
      kind: 'settings',
      message: expect.stringMatching(/not a web address|must start with http/),
    });
  });

  it('lists the models to choose from when none is named', async () => {
    expect(await testConnection({ baseURL: fake.baseURL, apiKey: KEY, model: '' })).toMatchObject({
      ok: false,
      kind: 'settings',
      message: 'Connected. Now choose a model: fake-model, other-model.',
    });
  });

  it('says the key was rejected', async () => {
    expect(await testConnection({ baseURL: fake.baseURL, apiKey: 'sk-nope', model: 'fake-model' })).toMatchObject({ ok: false, kind: 'key-rejected' });
  });

  it('says the model is missing and what the server has', async () => {
    const result = await testConnection({ baseURL: fake.baseURL, apiKey: KEY, model: 'llama3.2' });
    expect(result).toMatchObject({ ok: false, kind: 'model-not-found' });
    expect(result.message).toMatch(/no model “llama3.2”. It offers: fake-model, other-model/);
  });

  it('explains an address without the API path', async () => {
    const result = await testConnection({ baseURL: fake.origin, apiKey: KEY, model: 'fake-model' });
    expect(result).toMatchObject({ ok: false, kind: 'unreachable' });
    expect(result.message).toMatch(/usually ends in \/v1/);
  });

  it('says nothing answers at an address where no server runs', async () => {
    const gone = await startFakeOpenAI();
    await gone.close();
    expect(await testConnection({ baseURL: gone.baseURL, model: 'm' })).toMatchObject({ ok: false, kind: 'unreachable' });
  });

  it('checks the model with a real chat request too', async () => {
    fake.script({ fault: 'server-error', status: 503 });
    const result = await testConnection({ baseURL: fake.baseURL, apiKey: KEY, model: 'fake-model' });
    expect(result).toMatchObject({ ok: false, kind: 'server' });
    expect(result.message).toMatch(/HTTP 503/);
  });

  it('says an address that answers every path with a web page is not a model server', async () => {
    // As an app with a single-page fallback does: 200 and its index page for any path.
    const site = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Our app</title><div id="root"></div>');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = site.address() as AddressInfo;
      const result = await testConnection({ baseURL: `http://127.0.0.1:${port}/api/v1`, model: 'fake-model' });
      expect(result).toMatchObject({ ok: false, kind: 'unreachable' });
      expect(result.message).toMatch(/returned a web page, not a model reply\. Check the base URL/);
    } finally {
      await new Promise((resolve) => site.close(resolve));
    }
  });
});
