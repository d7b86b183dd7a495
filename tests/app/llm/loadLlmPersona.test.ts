// Web storage in memory, in Node: these stores need localStorage, not a DOM.
import '../../support/installWebStorage';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LlmNotConfiguredError, loadLlmPersona } from '../../../src/app/llm/loadLlmPersona';
import { useLlmSettingsStore } from '../../../src/app/llm/llmSettingsStore';
import { type FakeOpenAI, startFakeOpenAI } from '../../support/fakeOpenAI';
import { loadScenario } from '../../llm/scenarioFixture';

const KEY = 'sk-load-persona-55ee66ff';
const lease = loadScenario('lease-follow-up');
const initial = useLlmSettingsStore.getInitialState();
let fake: FakeOpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: KEY });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  localStorage.clear();
  useLlmSettingsStore.setState({ ...initial, team: { status: 'off' } }, true);
});

describe('loadLlmPersona', () => {
  it('builds a model-played customer from the settings in this browser', async () => {
    useLlmSettingsStore.setState({ presetId: 'custom', baseURL: fake.baseURL, model: 'fake-model', apiKey: KEY });
    fake.script({ reply: 'Fine. Where are my plates?' });
    const persona = await loadLlmPersona(lease, { seed: 3, difficulty: 'easy' });
    expect(persona.kind).toBe('llm');
    const opening = await persona.open();
    const reply = await persona.respond([
      { speaker: 'customer', text: opening.text },
      { speaker: 'rep', text: 'Hi Art, how are you?' },
    ]);
    expect(reply.text).toBe('Fine. Where are my plates?');
    expect(fake.requests.at(-1)!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('says where to set a model up when none is', async () => {
    useLlmSettingsStore.setState({ presetId: 'lmstudio', baseURL: 'http://localhost:1234/v1', model: '' });
    const error = await loadLlmPersona(lease, { seed: 3, difficulty: 'easy' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmNotConfiguredError);
    expect((error as Error).message).toMatch(/In Settings/);
  });
});
