import { classifyCustomerTurn } from '../language/classifyCustomerTurn';
import type { CustomerSignals } from '../language/moves';
import type { GuidedStage, Scenario } from '../scenario/scenarioSchema';
import type { Turn } from '../transcript';
import { foldCall } from './foldCall';
import { isPleased, openIssueId } from './personaState';

/** Where to look when a scenario has no lines for the inferred stage, in order. */
const FALLBACK: Record<GuidedStage, readonly GuidedStage[]> = {
  opening: ['opening', 'value', 'close'],
  issue: ['issue', 'close', 'value'],
  'not-now': ['not-now', 'value', 'close'],
  value: ['value', 'close', 'opening'],
  referral: ['referral', 'close', 'value'],
  close: ['close', 'value', 'opening'],
  voicemail: ['voicemail', 'opening', 'close'],
};

function customerSignals(scenario: Scenario, turns: readonly Turn[]): CustomerSignals[] {
  return turns.filter((turn) => turn?.speaker === 'customer' && typeof turn.text === 'string').map((turn) => classifyCustomerTurn(turn.text, scenario));
}

/**
 * The stage of the call, from the scenario and the turns alone, so it works whoever plays the customer: the rep's
 * turns are folded through the scripted state machine, and the customer's own words can add an issue or a brush-off.
 */
export function inferStage(scenario: Scenario, turns: readonly Turn[]): GuidedStage {
  if (scenario.channel === 'voicemail') return 'voicemail';
  const list = Array.isArray(turns) ? turns : [];
  const { state } = foldCall(scenario, scenario.difficulty, list);
  const said = customerSignals(scenario, list);
  // A problem the customer has raised comes first, whatever else is going on.
  const raisedByWords = said.some((signals) => signals.issueIds.some((id) => state.issues[id] !== 'owned'));
  if (openIssueId(state) || raisedByWords) return 'issue';
  // Not-now when the latest customer turn is the first brush-off: once the rep has answered one, the call moves on.
  const brushOffs = said.map((signals) => signals.notNow || signals.firmNo);
  const lastIsCustomer = list.at(-1)?.speaker === 'customer';
  if (lastIsCustomer && brushOffs.at(-1) && brushOffs.indexOf(true) === brushOffs.length - 1 && !state.nextStepAgreed) return 'not-now';
  if (!state.purposeKnown) return 'opening';
  const required = scenario.facts.valueItems.filter((item) => scenario.facts.goalRequires.includes(item.id));
  if (required.some((item) => !state.valueBrought.includes(item.id))) return 'value';
  if (scenario.persona.referral && !state.referralGiven && isPleased(scenario, state)) return 'referral';
  return 'close';
}

/** The stage to show lines for: the inferred one, or the nearest stage the scenario has lines for. */
export function availableStage(scenario: Scenario, stage: GuidedStage): GuidedStage | undefined {
  const stages = new Set(scenario.guided.map((entry) => entry.stage));
  return FALLBACK[stage].find((candidate) => stages.has(candidate)) ?? scenario.guided[0]?.stage;
}
