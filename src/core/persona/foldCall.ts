import { cleanTurnText } from '../cleanTurnText';
import { describeCustomerTurn } from '../language/classifyCustomerTurn';
import type { Difficulty, Scenario } from '../scenario/scenarioSchema';
import type { Turn } from '../transcript';
import { classifyCached } from './classifyCached';
import { rulesFor } from './difficultyRules';
import { initialPersonaState, type PersonaState } from './personaState';
import { reactToRepTurn, type RepTurnInfo } from './reactToRepTurn';
import type { ReplyPlan } from './replyPlan';

/** The customer's state after the whole transcript, and the reply planned for its last rep turn. */
export interface FoldedCall {
  state: PersonaState;
  /** Undefined when the rep has not said anything yet. */
  lastPlan?: ReplyPlan;
  /** Index in `turns` of the last rep turn, or -1. */
  lastRepIndex: number;
}

/** The rep turn as the persona hears it: cleaned and cut like any stored turn, and whether the customer had just asked for more. */
export function hearRepTurn(turn: Turn, scenario?: Scenario, before?: Turn): RepTurnInfo {
  const raw = typeof turn?.text === 'string' ? turn.text : '';
  const { text, cut } = cleanTurnText(raw);
  // Read as the scorer reads it (respect-time), so both judge the same answer's length the same way.
  const asked = before?.speaker === 'customer' && typeof before.text === 'string' && describeCustomerTurn(before.text, scenario).invitesDetail;
  return { text, cut: cut || turn?.cut === true, asked };
}

/**
 * Folds every rep turn through the state machine. Only rep turns change the state, so a transcript whose customer
 * turns came from another persona (a model that failed mid-call) still folds; an end reached before the last turn
 * is set aside so the call can go on.
 */
export function foldCall(scenario: Scenario, difficulty: Difficulty, turns: readonly Turn[], options: { tellsFaults?: boolean } = {}): FoldedCall {
  const rules = rulesFor(difficulty);
  const state = { ...initialPersonaState(scenario, difficulty), tellsFaults: options.tellsFaults ?? true };
  let lastPlan: ReplyPlan | undefined;
  let lastRepIndex = -1;
  const list = Array.isArray(turns) ? turns : [];
  list.forEach((turn, index) => {
    if (turn?.speaker !== 'rep') return;
    if (state.ended) {
      state.ended = undefined;
      state.patience = Math.max(state.patience, 10);
    }
    const info = hearRepTurn(turn, scenario, list[index - 1]);
    lastPlan = reactToRepTurn(scenario, rules, state, classifyCached(info.text, scenario), info);
    state.ended = lastPlan.end;
    lastRepIndex = index;
  });
  return { state, lastPlan, lastRepIndex };
}
