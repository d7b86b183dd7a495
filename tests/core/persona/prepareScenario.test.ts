import { describe, expect, it } from 'vitest';
import { prepareScenario, scriptedReply } from '../../../src/core/persona';
import type { Turn } from '../../../src/core';
import { loadScenario } from './personaFixtures';

const lines = ['Hi Art, it’s Sam from Riverside.', 'Your plates are ready, I’ll bring them round Thursday at 5.', 'Does that work?'];

function play(prepare: boolean): string[] {
  const scenario = structuredClone(loadScenario('lease-follow-up'));
  if (prepare) prepareScenario(scenario);
  const options = { seed: 7, difficulty: scenario.difficulty };
  const turns: Turn[] = [{ speaker: 'customer', text: scriptedReply(scenario, options, []).text }];
  for (const text of lines) {
    turns.push({ speaker: 'rep', text });
    turns.push({ speaker: 'customer', text: scriptedReply(scenario, options, turns).text });
  }
  return turns.map((turn) => turn.text);
}

describe('prepareScenario', () => {
  it('changes no reply: a prepared call plays exactly like an unprepared one', () => {
    expect(play(true)).toEqual(play(false));
  });

  it('leaves the scenario itself untouched', () => {
    const scenario = structuredClone(loadScenario('not-now-shopper'));
    const before = JSON.stringify(scenario);
    prepareScenario(scenario);
    expect(JSON.stringify(scenario)).toBe(before);
  });
});
