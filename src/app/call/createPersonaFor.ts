import { type Persona, createScriptedPersona } from '../../core/persona';
import type { Difficulty, Scenario } from '../../core/scenario';
import type { PersonaKind } from '../settings/settingsStore';

/** What a persona is made from, besides the scenario. */
export interface PersonaChoice {
  kind: PersonaKind;
  seed: number;
  difficulty: Difficulty;
}

/** The one place a call's customer is created: scripted by default, a language model when chosen. */
export async function createPersonaFor(scenario: Scenario, choice: PersonaChoice): Promise<Persona> {
  const options = { seed: choice.seed, difficulty: choice.difficulty };
  if (choice.kind !== 'llm') return createScriptedPersona(scenario, options);
  // Loaded on demand: it brings the model client (openai), which most calls never need.
  const { loadLlmPersona } = await import('../llm/loadLlmPersona');
  return loadLlmPersona(scenario, options);
}
