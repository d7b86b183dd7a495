import type { Difficulty, Scenario } from '../scenario/scenarioSchema';
import type { Turn } from '../transcript';
import type { Mood, PersonaTurn } from './Persona';
import { pick, randomFor } from '../random';
import { foldCall } from './foldCall';
import { initialPersonaState, type PersonaState } from './personaState';
import { renderReply } from './replyPlan';

/** Options of a scripted call: the seed picks wording, the difficulty changes behaviour. */
export interface ScriptedOptions {
  seed: number;
  difficulty: Difficulty;
}

function moodOf(state: PersonaState): Mood {
  return { patience: Math.round(state.patience), trust: Math.round(state.trust) };
}

/** What the customer says on picking up (or the voicemail greeting), chosen by seed. */
export function scriptedGreeting(scenario: Scenario, options: ScriptedOptions): PersonaTurn {
  const mood = moodOf(initialPersonaState(scenario, options.difficulty));
  // An assistant who answers first picks up in the customer's place.
  const gatekeeper = scenario.gatekeeper?.answersFirst ? scenario.gatekeeper.greeting : undefined;
  if (gatekeeper) return { text: pick(randomFor(options.seed, scenario.id, 'greeting'), gatekeeper), mood, party: 'gatekeeper' };
  const text = pick(randomFor(options.seed, scenario.id, 'greeting'), scenario.persona.greeting);
  return { text, mood };
}

/**
 * The scripted customer's next turn: pure and synchronous. The same scenario, seed, difficulty and rep lines
 * always give the same reply. Never throws on odd input.
 */
export function scriptedReply(scenario: Scenario, options: ScriptedOptions, turns: readonly Turn[]): PersonaTurn {
  const { state, lastPlan, lastRepIndex } = foldCall(scenario, options.difficulty, turns);
  if (!lastPlan) return scriptedGreeting(scenario, options);
  if (scenario.channel === 'voicemail') return { text: '', end: 'voicemail-recorded', mood: moodOf(state) };
  const previous = turns.slice(0, lastRepIndex).findLast((turn) => turn?.speaker === 'customer')?.text;
  const text = renderReply(scenario, options.seed, lastRepIndex, lastPlan.parts, typeof previous === 'string' ? previous : '');
  return { text, ...(lastPlan.end ? { end: lastPlan.end } : {}), mood: moodOf(state), ...(lastPlan.party ? { party: lastPlan.party } : {}) };
}
