// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import LlmSettingsPanel from '../../../src/app/llm/LlmSettingsPanel';
import { useLlmSettingsStore } from '../../../src/app/llm/llmSettingsStore';
import { type FakeOpenAI, startFakeOpenAI } from '../../support/fakeOpenAI';

const KEY = 'sk-panel-test-77aa88bb';
const initial = useLlmSettingsStore.getInitialState();
let fake: FakeOpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: KEY, models: ['fake-model', 'tiny-model'] });
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  localStorage.clear();
  useLlmSettingsStore.setState({ ...initial, team: { status: 'off' } }, true);
});
afterEach(() => cleanup());

function fillIn(baseURL: string, model: string, key: string) {
  fireEvent.change(screen.getByLabelText('Server'), { target: { value: 'custom' } });
  fireEvent.change(screen.getByLabelText('Base URL'), { target: { value: baseURL } });
  fireEvent.change(screen.getByLabelText('Model'), { target: { value: model } });
  fireEvent.change(screen.getByLabelText(/^API key/), { target: { value: key } });
}

async function testConnection(): Promise<string> {
  fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
  return (await screen.findByTestId('llm-check-result', {}, { timeout: 5_000 })).textContent ?? '';
}

describe('LlmSettingsPanel', () => {
  it('says on screen that the key stays in this browser', () => {
    render(<LlmSettingsPanel />);
    expect(screen.getByText(/Your key is kept only in this browser/)).toBeTruthy();
    expect((screen.getByLabelText(/^API key/) as HTMLInputElement).type).toBe('password');
  });

  it('reports a working connection in plain words', async () => {
    render(<LlmSettingsPanel />);
    fillIn(fake.baseURL, 'fake-model', KEY);
    expect(await testConnection()).toMatch(/Connected to .*: the model “fake-model” answered/);
  });

  it('says when the key is rejected', async () => {
    render(<LlmSettingsPanel />);
    fillIn(fake.baseURL, 'fake-model', 'sk-wrong');
    expect(await testConnection()).toMatch(/rejected the API key/);
  });

  it('names the models on offer when the model is not there', async () => {
    render(<LlmSettingsPanel />);
    fillIn(fake.baseURL, 'gpt-9', KEY);
    expect(await testConnection()).toMatch(/no model “gpt-9”. It offers: fake-model, tiny-model/);
  });

  it('says when nothing answers at the address', async () => {
    const gone = await startFakeOpenAI();
    await gone.close();
    render(<LlmSettingsPanel />);
    fillIn(gone.baseURL, 'fake-model', '');
    expect(await testConnection()).toMatch(/Could not reach the model server/);
  });

  it('tells a CORS refusal from an unreachable server and says how to allow this page', async () => {
    // A browser refusing CORS: the normal request fails like a network error, a no-cors probe gets through.
    const corsBlocked: typeof fetch = async (input, init) => {
      if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
      if (String(input).endsWith('/api/llm/config')) return new Response('<html>', { headers: { 'content-type': 'text/html' } });
      throw new TypeError('Failed to fetch');
    };
    render(<LlmSettingsPanel />);
    fillIn('http://localhost:11434/v1', 'llama3.2', '');
    await act(() => useLlmSettingsStore.getState().testConnection(corsBlocked));
    const text = screen.getByTestId('llm-check-result').textContent ?? '';
    expect(text).toMatch(/does not accept requests from this page \(CORS\)/);
    expect(text).toMatch(/OLLAMA_ORIGINS/);
  });

  it('offers the team server instead of the form when the app’s server has a model', () => {
    useLlmSettingsStore.setState({ team: { status: 'on', model: 'team-model' } });
    render(<LlmSettingsPanel />);
    expect(screen.getByText(/This app’s server has a model for you/)).toBeTruthy();
    expect(screen.queryByLabelText('Base URL')).toBeNull();
    fireEvent.click(screen.getByLabelText('Use the team server’s model'));
    expect(screen.getByLabelText('Base URL')).toBeTruthy();
  });

  it('switches the judge on and off, off by default', () => {
    render(<LlmSettingsPanel />);
    const toggle = screen.getByLabelText(/Second opinion from the model/) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(useLlmSettingsStore.getState().judgeEnabled).toBe(true);
  });
});
