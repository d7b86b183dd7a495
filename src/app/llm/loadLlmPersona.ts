import type { Persona } from '../../core/persona';
import type { Difficulty, Scenario } from '../../core/scenario';
import { createLlmPersona } from '../../llm/createLlmPersona';
import { createModelClient } from '../../llm/createModelClient';
import { activeModelSettings, useLlmSettingsStore } from './llmSettingsStore';

/** Thrown when no model is set up; the message says where to set one up. */
export class LlmNotConfiguredError extends Error {
  override readonly name = 'LlmNotConfiguredError';
}

/**
 * The call screen's entry to a model-played customer. Loaded with a dynamic import, so the openai
 * SDK is fetched only when a model actually plays. Uses the team server when the app's server has one.
 */
export async function loadLlmPersona(scenario: Scenario, call: { seed: number; difficulty: Difficulty }): Promise<Persona> {
  const store = useLlmSettingsStore.getState();
  await store.detectTeam();
  const settings = activeModelSettings(useLlmSettingsStore.getState());
  if (!settings) {
    throw new LlmNotConfiguredError(
      'No language model is set up yet. In Settings, under “Who plays the customer”, choose a server and model, or switch back to the scripted customer.',
    );
  }
  return createLlmPersona(scenario, call, createModelClient(settings));
}
