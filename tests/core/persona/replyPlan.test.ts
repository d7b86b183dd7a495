import { describe, expect, it } from 'vitest';
import { thanks } from '../../../src/core/language/closingPhrases';
import { renderReply } from '../../../src/core/persona/replyPlan';
import { loadScenario, SCENARIO_IDS } from './personaFixtures';

describe('renderReply', () => {
  it('never thanks twice in one reply: a goodbye after thanks takes a variant without them', () => {
    for (const id of SCENARIO_IDS) {
      const scenario = loadScenario(id);
      for (let seed = 1; seed <= 12; seed++) {
        const text = renderReply(scenario, seed, 5, [
          { kind: 'dialogue', key: 'nextStepAccepted' },
          { kind: 'dialogue', key: 'goodbye' },
        ]);
        const accepted = scenario.dialogue.nextStepAccepted.find((line) => text.startsWith(line))!;
        const goodbye = text.slice(accepted.length).trim();
        if (thanks(accepted)) expect(thanks(goodbye), `${id} seed ${seed}: ${text}`).toBe(false);
      }
    }
  });

  it('reads thanks in their everyday forms, but not "ta-ra"', () => {
    expect(['Thanks, bye.', 'Thank you!', 'Cheers. Bye.', 'Ta, love.'].every(thanks)).toBe(true);
    expect(['Ta-ra.', 'OK, bye.', 'Talk soon.'].some(thanks)).toBe(false);
  });
});
