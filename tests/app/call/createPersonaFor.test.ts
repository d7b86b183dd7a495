import '../../support/loadedScenarios';
import { describe, expect, it, vi } from 'vitest';
import { createPersonaFor } from '../../../src/app/call/createPersonaFor';
import { scenarioById } from '../../../src/app/scenarios/scenarioCatalog';
import type { Persona } from '../../../src/core/persona/Persona';

const fakeLlm: Persona = { kind: 'llm', open: async () => ({ text: 'Hello from the model.' }), respond: async () => ({ text: 'Sure.' }) };
const loadLlmPersona = vi.fn(async () => fakeLlm);
vi.mock('../../../src/app/llm/loadLlmPersona.ts', () => ({ loadLlmPersona }));

describe('creating the customer for a call', () => {
  const lease = scenarioById('lease-follow-up')!;

  it('plays the scripted customer by default', async () => {
    const persona = await createPersonaFor(lease, { kind: 'scripted', seed: 1, difficulty: 'easy' });
    expect(persona.kind).toBe('scripted');
    expect((await persona.open()).text).not.toBe('');
    expect(loadLlmPersona).not.toHaveBeenCalled();
  });

  it('loads the language-model customer only when chosen, with the call’s seed and difficulty', async () => {
    const persona = await createPersonaFor(lease, { kind: 'llm', seed: 42, difficulty: 'hard' });
    expect(persona).toBe(fakeLlm);
    expect(loadLlmPersona).toHaveBeenCalledWith(lease, { seed: 42, difficulty: 'hard' });
  });
});
