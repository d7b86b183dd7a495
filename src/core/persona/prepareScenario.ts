import type { Scenario } from '../scenario/scenarioSchema';
import type { Turn } from '../transcript';
import { scriptedReply } from './scriptedReply';

/**
 * Builds what a call on this scenario derives once (its match terms, compiled patterns and vocabulary) by playing its own
 * model lines, so the first reply of the real call is as quick as the rest. Run it while the trainee reads the briefing.
 */
export function prepareScenario(scenario: Scenario): void {
  const options = { seed: 1, difficulty: scenario.difficulty };
  const turns: Turn[] = [{ speaker: 'customer', text: scenario.persona.greeting[0] ?? '' }];
  for (const text of Object.values(scenario.betterLines ?? {})) {
    if (typeof text !== 'string') continue;
    turns.push({ speaker: 'rep', text });
    const reply = scriptedReply(scenario, options, turns);
    turns.push({ speaker: 'customer', text: reply.text });
  }
}
