// Web storage in memory, in Node: these stores need localStorage, not a DOM.
import '../../support/installWebStorage';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activeModelSettings, useLlmSettingsStore } from '../../../src/app/llm/llmSettingsStore';
import { LLM_PRESETS } from '../../../src/app/llm/llmPresets';
import { useStorageNotices } from '../../../src/app/storage/storageNotices';
import { resetStorageState } from '../../support/storageState';

const initial = useLlmSettingsStore.getInitialState();
const KEY = 'sk-browser-only-1234abcd';

const respond =
  (body: string, type: string): typeof fetch =>
  async () =>
    new Response(body, { status: 200, headers: { 'content-type': type } });

beforeEach(() => {
  localStorage.clear();
  resetStorageState();
  useLlmSettingsStore.setState(initial, true);
});
afterEach(() => {
  localStorage.clear();
});

describe('useLlmSettingsStore', () => {
  it('starts on OpenAI with no key and the judge off', () => {
    const s = useLlmSettingsStore.getState();
    expect(s).toMatchObject({ presetId: 'openai', baseURL: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: '', judgeEnabled: false });
  });

  it('offers presets for OpenAI, Ollama, LM Studio, llama.cpp and vLLM at their usual addresses', () => {
    const urls = Object.fromEntries(LLM_PRESETS.map((p) => [p.id, p.baseURL]));
    expect(urls).toMatchObject({
      openai: 'https://api.openai.com/v1',
      ollama: 'http://localhost:11434/v1',
      lmstudio: 'http://localhost:1234/v1',
      llamacpp: 'http://localhost:8080/v1',
      vllm: 'http://localhost:8000/v1',
    });
    useLlmSettingsStore.getState().choosePreset('ollama');
    expect(useLlmSettingsStore.getState()).toMatchObject({ presetId: 'ollama', baseURL: 'http://localhost:11434/v1', model: 'llama3.2' });
  });

  it('keeps the key in this browser’s local storage under its own entry, and nowhere else', () => {
    useLlmSettingsStore.getState().setApiKey(KEY);
    const entries = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!).map(
      (name) => [name, localStorage.getItem(name) ?? ''] as const,
    );
    expect(entries.filter(([, value]) => value.includes(KEY)).map(([name]) => name)).toEqual(['dialed-in.llm']);
    expect(sessionStorage.length).toBe(0);
    useLlmSettingsStore.getState().forgetKey();
    expect(localStorage.getItem('dialed-in.llm')).not.toContain(KEY);
  });

  it('restores saved settings and falls back field by field when some are damaged', async () => {
    localStorage.setItem(
      'dialed-in.llm',
      JSON.stringify({ state: { presetId: 'nonsense', baseURL: 'http://localhost:1234/v1', model: 42, apiKey: KEY, judgeEnabled: true }, version: 1 }),
    );
    await useLlmSettingsStore.persist.rehydrate();
    expect(useLlmSettingsStore.getState()).toMatchObject({
      presetId: 'openai',
      baseURL: 'http://localhost:1234/v1',
      model: 'gpt-4o-mini',
      apiKey: KEY,
      judgeEnabled: true,
    });
  });

  it('uses the team server, with no key, when the app’s server offers one', async () => {
    useLlmSettingsStore.getState().setApiKey(KEY);
    await useLlmSettingsStore.getState().detectTeam(respond('{"enabled":true,"model":"team-model"}', 'application/json'));
    expect(activeModelSettings(useLlmSettingsStore.getState())).toEqual({ baseURL: '/api/llm/v1', model: 'team-model' });
    useLlmSettingsStore.getState().setUseTeamServer(false);
    expect(activeModelSettings(useLlmSettingsStore.getState())).toEqual({ baseURL: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: KEY });
  });

  it('treats the app page served in place of the config as no team server', async () => {
    await useLlmSettingsStore.getState().detectTeam(respond('<!doctype html><title>app</title>', 'text/html'));
    expect(useLlmSettingsStore.getState().team.status).toBe('off');
  });

  it('has nothing to connect to until a base URL and model are set', () => {
    useLlmSettingsStore.getState().choosePreset('lmstudio');
    expect(activeModelSettings(useLlmSettingsStore.getState())).toBeUndefined();
  });

  it('sets model settings from a newer version aside and keeps the saved key, rather than writing over it', async () => {
    const text = JSON.stringify({ state: { apiKey: KEY, endpoints: [] }, version: 4 });
    localStorage.setItem('dialed-in.llm', text);
    await useLlmSettingsStore.persist.rehydrate();
    expect(useLlmSettingsStore.getState().apiKey).toBe('');
    useLlmSettingsStore.getState().setModel('other');
    expect(localStorage.getItem('dialed-in.llm.unreadable')).toBe(text);
    expect(useStorageNotices.getState().setAside.map((e) => e.key)).toEqual(['dialed-in.llm']);
  });
});
