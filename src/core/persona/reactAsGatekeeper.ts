import type { Scenario } from '../scenario/scenarioSchema';
import type { HeardMoves } from './classifyCached';
import type { DifficultyRules } from './difficultyRules';
import type { RepTurnInfo } from './reactToRepTurn';
import type { LineRef, ReplyPlan } from './replyPlan';
import { goalReached, type PersonaState } from './personaState';
import { stepResolvesIssue } from '../facts/stepResolvesIssue';
import { valueOfTurn } from '../scoring/rules/bringValue';
import { isMonologue } from '../facts/monologue';
import { offersStep } from '../facts/offersStep';
import { asksForPerson, asksToBePutThrough } from '../language/asksForPerson';
import { pitchesProduct } from '../language/pitchesProduct';

const line = (key: Extract<LineRef, { kind: 'gatekeeper' }>['key']): LineRef => ({ kind: 'gatekeeper', key });

/** Her reply, marked as hers. */
function says(parts: LineRef[], end?: ReplyPlan['end']): ReplyPlan {
  return end ? { parts, end, party: 'gatekeeper' } : { parts, party: 'gatekeeper' };
}

/** The rep tries to get past her to the customer: asks for the customer by name, or to be put through. */
export function goesAroundGatekeeper(scenario: Scenario, text: string): boolean {
  return asksForPerson(text, scenario.persona.name) || asksToBePutThrough(text);
}

/** A pitch made to her: a monologue, an upsell, or the product sold to someone who only keeps the diary. */
function pitches(moves: HeardMoves, info: RepTurnInfo, busy: boolean): boolean {
  return info.cut || isMonologue(moves.words, busy, info.asked, moves.checksTime) || moves.upsell || pitchesProduct(info.text);
}

/** A second snub, or any pressure, and she ends the call: nothing is booked. */
function snubbed(ctx: { state: PersonaState; rules: DifficultyRules }, first: LineRef): ReplyPlan {
  const { state, rules } = ctx;
  state.gatekeeperSnubs++;
  state.trust = Math.max(0, state.trust - 15);
  state.patience = Math.max(0, state.patience - 10 * rules.costFactor);
  if (state.gatekeeperSnubs >= 2 || state.patience <= 0) return says([line('cools')], 'hung-up');
  return says([first]);
}

/**
 * The second person on the line (the assistant who keeps the customer's diary) hears one rep turn. She reads the same
 * call facts as the customer and the scorer: a concrete proposal with a time (offersStep, a timed step) gets booked, and
 * that is the call's next step; a vague one gets asked for a day and a time; a pitch she politely declines to pass on;
 * pressure, or trying to get past her, cools her, and a second snub (or any pressure) ends the call without a booking.
 */
export function reactAsGatekeeper(scenario: Scenario, rules: DifficultyRules, state: PersonaState, moves: HeardMoves, info: RepTurnInfo): ReplyPlan {
  const plan = reaction(scenario, rules, state, moves, info);
  // Handed the call, she says hello before her first answer.
  if (state.gatekeeperGreeted || !scenario.gatekeeper?.greeting) return plan;
  state.gatekeeperGreeted = true;
  return { ...plan, parts: [line('greeting'), ...plan.parts] };
}

function reaction(scenario: Scenario, rules: DifficultyRules, state: PersonaState, moves: HeardMoves, info: RepTurnInfo): ReplyPlan {
  state.repTurns++;
  const value = valueOfTurn(moves, state.valueNamed ?? []);
  state.valueNamed = value.named;
  const text = info.text;
  if (text === '') return says([line('fallback')]);
  if (moves.pressure) {
    state.gatekeeperSnubs = Math.max(state.gatekeeperSnubs, 1);
    return snubbed({ state, rules }, line('cools'));
  }
  if (goesAroundGatekeeper(scenario, text)) return snubbed({ state, rules }, line('screens'));
  if (pitches(moves, info, scenario.persona.busy)) return snubbed({ state, rules }, line('declinesPitch'));
  if (moves.closes && !moves.proposesNextStep) return says([line('goodbye')], 'rep-ended');
  if (moves.statesPurpose || moves.valueItemIds.length > 0) state.purposeKnown = true;
  if (moves.refersToHistory) state.historyHeard = true;
  // What she books is the item the customer agreed to: naming it to her brings it, as to the customer.
  const newValue = value.brought.filter((id) => !state.valueBrought.includes(id) && scenario.facts.valueItems.some((item) => item.id === id));
  state.valueBrought.push(...newValue);
  if (offersStep(moves, text) && moves.stepTimed && moves.specificTime && !moves.leavesItOpen) {
    state.nextStepAgreed = true;
    // Booking the step that puts a problem right (the demo never booked) owns it, as the scorer's trackIssues reads it.
    for (const id of Object.keys(state.issues)) if (stepResolvesIssue(scenario, id)) state.issues[id] = 'owned';
    state.trust = Math.min(100, state.trust + 10);
    if (goalReached(scenario, state)) return says([line('booked'), line('goodbye')], 'goal-reached');
    return says([line('booked')]);
  }
  if (moves.proposesNextStep || moves.leavesItOpen || moves.vaguePromise || moves.nextStepTopic) return says([line('needsTime')]);
  return says([line('fallback')]);
}
