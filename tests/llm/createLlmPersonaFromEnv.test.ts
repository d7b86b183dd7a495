import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playLines } from '../../src/core/persona/playLines';
import { createLlmPersonaFromEnv, settingsFromEnv } from '../../src/llm/createLlmPersonaFromEnv';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fakeOpenAI';
import { loadScenario } from './scenarioFixture';

const KEY = 'sk-cli-env-8899aabb';
const lease = loadScenario('lease-follow-up');
let fake: FakeOpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI({ models: ['llama3.2', 'qwen2.5'] });
});
afterAll(async () => {
  await fake.close();
});

describe('createLlmPersonaFromEnv', () => {
  it('uses OpenAI with its default model when only the key is set', async () => {
    expect(await settingsFromEnv({ OPENAI_API_KEY: KEY })).toEqual({ baseURL: 'https://api.openai.com/v1', apiKey: KEY, model: 'gpt-4o-mini' });
  });

  it('asks for a key or a local server when neither is set', async () => {
    await expect(settingsFromEnv({})).rejects.toThrow(/Set OPENAI_API_KEY .* or OPENAI_BASE_URL/);
  });

  it('lists a local server’s models when OPENAI_MODEL is missing', async () => {
    await expect(settingsFromEnv({ OPENAI_BASE_URL: fake.baseURL })).rejects.toThrow(
      `Set OPENAI_MODEL to one of the models at ${fake.baseURL}: llama3.2, qwen2.5.`,
    );
  });

  it('plays a call against a local server without a key', async () => {
    fake.script({ reply: 'Fine. But my plates?' }, { reply: 'Thanks. Bye.', toolCalls: [{ name: 'end_call', arguments: { reason: 'goal-reached' } }] });
    const persona = await createLlmPersonaFromEnv(lease, { seed: 1, difficulty: 'easy' }, { env: { OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'llama3.2' } });
    const { transcript } = await playLines(lease, persona, ['Hi Art, Sam here.', 'Plates by Thursday 5 pm, and your oil changes are free.'], {
      seed: 1,
      difficulty: 'easy',
    });
    expect(transcript.endReason).toBe('goal-reached');
    expect(fake.requests.every((r) => r.headers.authorization === undefined)).toBe(true);
  });
});
