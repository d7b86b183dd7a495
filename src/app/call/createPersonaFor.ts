import { type Persona, createScriptedPersona } from '../../core/persona';
import type { Difficulty, Scenario } from '../../core/scenario';
import type { PersonaKind } from '../settings/settingsStore';

/** What a persona is made from, besides the scenario. */
export interface PersonaChoice {
  kind: PersonaKind;
  seed: number;
  difficulty: Difficulty;
}

type LlmModule = { loadLlmPersona(scenario: Scenario, options: { seed: number; difficulty: Difficulty }): Promise<Persona> };

// A lazy glob rather than import(): it keeps openai out of the initial bundle and still builds while src/app/llm/ is absent.
const llmLoaders = import.meta.glob<LlmModule>('../llm/loadLlmPersona.ts');

/** True when this build can play the customer with a language model. */
export function llmPersonaAvailable(): boolean {
  return Object.keys(llmLoaders).length > 0;
}

/** The one place a call's customer is created: scripted by default, a language model when chosen. */
export async function createPersonaFor(scenario: Scenario, choice: PersonaChoice): Promise<Persona> {
  const options = { seed: choice.seed, difficulty: choice.difficulty };
  if (choice.kind !== 'llm') return createScriptedPersona(scenario, options);
  const load = Object.values(llmLoaders)[0];
  if (!load) throw new Error('This build cannot use a language model for the customer. Switch to the scripted customer in Settings.');
  const module = await load();
  return module.loadLlmPersona(scenario, options);
}
