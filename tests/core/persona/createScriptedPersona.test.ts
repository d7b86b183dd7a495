import { describe, expect, it, vi } from 'vitest';
import { createScriptedPersona } from '../../../src/core/persona/createScriptedPersona';
import { scriptedReply } from '../../../src/core/persona/scriptedReply';
import type { Turn } from '../../../src/core/transcript';
import { loadScenario } from './personaFixtures';

describe('createScriptedPersona', () => {
  const scenario = loadScenario('lease-follow-up');
  const options = { seed: 11, difficulty: 'medium' as const };

  it('is a scripted persona whose open() returns the greeting', async () => {
    const persona = createScriptedPersona(scenario, options);
    expect(persona.kind).toBe('scripted');
    const opening = await persona.open();
    expect(scenario.persona.greeting).toContain(opening.text);
    expect(opening.end).toBeUndefined();
  });

  it('answers exactly as scriptedReply does and calls onText once with the full text', async () => {
    const persona = createScriptedPersona(scenario, options);
    const turns: Turn[] = [
      { speaker: 'customer', text: 'Art speaking.' },
      { speaker: 'rep', text: 'Hi Art, just checking in!' },
    ];
    const onText = vi.fn();
    const reply = await persona.respond(turns, { onText });
    expect(reply).toEqual(scriptedReply(scenario, options, turns));
    expect(onText).toHaveBeenCalledTimes(1);
    expect(onText).toHaveBeenCalledWith(reply.text);
  });

  it('still replies when the onText listener throws', async () => {
    const persona = createScriptedPersona(scenario, options);
    const reply = await persona.respond([{ speaker: 'rep', text: 'Hello Art.' }], {
      onText: () => {
        throw new Error('display failed');
      },
    });
    expect(reply.text.length).toBeGreaterThan(0);
  });

  it('rejects with an AbortError when the reply was cancelled', async () => {
    const persona = createScriptedPersona(scenario, options);
    const controller = new AbortController();
    controller.abort();
    await expect(persona.respond([{ speaker: 'rep', text: 'Hello Art.' }], { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('keeps no state between replies: the transcript alone decides the answer', async () => {
    const persona = createScriptedPersona(scenario, options);
    const turns: Turn[] = [{ speaker: 'rep', text: 'Know anyone looking for a car?' }];
    const first = await persona.respond(turns);
    await persona.respond([{ speaker: 'rep', text: 'Something else entirely.' }]);
    expect(await persona.respond(turns)).toEqual(first);
  });
});
