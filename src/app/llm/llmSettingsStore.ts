import { create, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import { PROXY_BASE_PATH } from '../../llm/llmDefaults';
import type { ModelSettings } from '../../llm/ModelClient';
import type { ConnectionCheck } from '../../llm/testConnection';
import { detectTeamServer } from './detectTeamServer';
import { LLM_PRESETS, presetById, type LlmPreset } from './llmPresets';
import { guardedStorage } from '../storage/guardedStorage';
import { readFields } from '../storage/readFields';
import { STORAGE_KEYS } from '../storage/storageAreas';

/** Where the model is: typed in this browser, key included (kept in localStorage only). */
export interface ConnectionSlice {
  presetId: LlmPreset['id'];
  baseURL: string;
  model: string;
  apiKey: string;
  /** Use the team server's model when the app's server offers one. */
  useTeamServer: boolean;
  choosePreset(id: LlmPreset['id']): void;
  setBaseURL(value: string): void;
  setModel(value: string): void;
  setApiKey(value: string): void;
  forgetKey(): void;
  setUseTeamServer(on: boolean): void;
}

/** Whether the app's own server has a model proxy. */
export interface TeamSlice {
  team: { status: 'unknown' | 'checking' | 'on' | 'off'; model?: string };
  /** Asks the server once; later calls reuse the answer. */
  detectTeam(fetchImpl?: typeof fetch): Promise<void>;
}

/** The optional model judge on the Results screen. */
export interface JudgeSlice {
  judgeEnabled: boolean;
  setJudgeEnabled(on: boolean): void;
}

/** The last "Test connection". */
export interface CheckSlice {
  check: { status: 'idle' | 'testing' | 'done'; result?: ConnectionCheck };
  testConnection(fetchImpl?: typeof fetch): Promise<void>;
}

/** The model settings store's state. */
export type LlmSettingsState = ConnectionSlice & TeamSlice & JudgeSlice & CheckSlice;
type Slice<T> = StateCreator<LlmSettingsState, [], [], T>;

const firstPreset = LLM_PRESETS[0]!;

const createConnectionSlice: Slice<ConnectionSlice> = (set) => ({
  presetId: firstPreset.id,
  baseURL: firstPreset.baseURL,
  model: firstPreset.model,
  apiKey: '',
  useTeamServer: true,
  choosePreset: (id) => {
    const preset = presetById(id);
    set((s) => ({ presetId: preset.id, baseURL: preset.id === 'custom' ? s.baseURL : preset.baseURL, model: preset.model || '', check: { status: 'idle' } }));
  },
  setBaseURL: (baseURL) => set({ baseURL, check: { status: 'idle' } }),
  setModel: (model) => set({ model, check: { status: 'idle' } }),
  setApiKey: (apiKey) => set({ apiKey, check: { status: 'idle' } }),
  forgetKey: () => set({ apiKey: '', check: { status: 'idle' } }),
  setUseTeamServer: (useTeamServer) => set({ useTeamServer, check: { status: 'idle' } }),
});

const createTeamSlice: Slice<TeamSlice> = (set, get) => ({
  team: { status: 'unknown' },
  detectTeam: async (fetchImpl) => {
    if (get().team.status !== 'unknown') return;
    set({ team: { status: 'checking' } });
    const found = await detectTeamServer(fetchImpl);
    set({ team: found.enabled ? { status: 'on', model: found.model } : { status: 'off' } });
  },
});

const createJudgeSlice: Slice<JudgeSlice> = (set) => ({
  judgeEnabled: false,
  setJudgeEnabled: (judgeEnabled) => set({ judgeEnabled }),
});

const createCheckSlice: Slice<CheckSlice> = (set, get) => ({
  check: { status: 'idle' },
  testConnection: async (fetchImpl) => {
    set({ check: { status: 'testing' } });
    await get().detectTeam(fetchImpl);
    const settings = activeModelSettings(get()) ?? { baseURL: get().baseURL, model: get().model, apiKey: get().apiKey };
    // Loaded on demand: the SDK stays out of the initial bundle.
    const { testConnection } = await import('../../llm/testConnection');
    const result = await testConnection(settings, { fetch: fetchImpl });
    set({ check: { status: 'done', result } });
  },
});

/** The settings a model client should use now: the team server when on and chosen, else what was typed. */
export function activeModelSettings(state: Pick<LlmSettingsState, 'team' | 'useTeamServer' | 'baseURL' | 'model' | 'apiKey'>): ModelSettings | undefined {
  if (state.team.status === 'on' && state.useTeamServer && state.team.model) return { baseURL: PROXY_BASE_PATH, model: state.team.model };
  const baseURL = state.baseURL.trim();
  const model = state.model.trim();
  if (!baseURL || !model) return undefined;
  const apiKey = state.apiKey.trim();
  return apiKey ? { baseURL, model, apiKey } : { baseURL, model };
}

const PRESET_IDS = LLM_PRESETS.map((p) => p.id) as string[];
const isString = (v: unknown) => typeof v === 'string';
const isBoolean = (v: unknown) => typeof v === 'boolean';

/** The model settings that are saved. */
type SavedLlmSettings = Pick<LlmSettingsState, 'presetId' | 'baseURL' | 'model' | 'apiKey' | 'useTeamServer' | 'judgeEnabled'>;

/** Reads saved model settings one by one; a damaged one is named in a notice and its default stands in. */
export function readSavedLlmSettings(state: unknown) {
  return readFields<SavedLlmSettings>(state, {
    presetId: { label: 'the model provider', ok: (v) => PRESET_IDS.includes(v as string) },
    baseURL: { label: 'the server address', ok: isString },
    model: { label: 'the model', ok: isString },
    apiKey: { label: 'the API key', ok: isString },
    useTeamServer: { label: 'the team server choice', ok: isBoolean },
    judgeEnabled: { label: 'the model judge choice', ok: isBoolean },
  });
}

/** Model settings, kept in this browser's localStorage (the key too, and nowhere else); damaged or unknown ones are set aside with a notice. */
export const useLlmSettingsStore = create<LlmSettingsState>()(
  persist((...a) => ({ ...createConnectionSlice(...a), ...createTeamSlice(...a), ...createJudgeSlice(...a), ...createCheckSlice(...a) }), {
    name: STORAGE_KEYS.llm,
    version: 1,
    storage: guardedStorage<Partial<SavedLlmSettings>>({ version: 1, read: readSavedLlmSettings }),
    partialize: ({ presetId, baseURL, model, apiKey, useTeamServer, judgeEnabled }) => ({ presetId, baseURL, model, apiKey, useTeamServer, judgeEnabled }),
  }),
);
