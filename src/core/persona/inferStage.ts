import { classifyCustomerTurn } from '../language/classifyCustomerTurn';
import type { CustomerSignals } from '../language/moves';
import type { GuidedStage, Scenario } from '../scenario/scenarioSchema';
import type { Turn } from '../transcript';
import { analyzeCall } from '../scoring/analyzeCall';
import { isOpen, NEW_FAULT_ISSUE } from '../scoring/trackIssues';
import { foldCall } from './foldCall';
import { isPleased, openIssueId, type PersonaState } from './personaState';

/** Where to look when a scenario has no lines for the inferred stage, in order. */
const FALLBACK: Record<GuidedStage, readonly GuidedStage[]> = {
  opening: ['opening', 'value', 'close'],
  issue: ['issue', 'close', 'value'],
  'not-now': ['not-now', 'value', 'close'],
  value: ['value', 'close', 'opening'],
  referral: ['referral', 'close', 'value'],
  close: ['close', 'value', 'opening'],
  declined: ['declined', 'close', 'value'],
  voicemail: ['voicemail', 'opening', 'close'],
};

function customerSignals(scenario: Scenario, turns: readonly Turn[]): CustomerSignals[] {
  return turns.filter((turn) => turn?.speaker === 'customer' && typeof turn.text === 'string').map((turn) => classifyCustomerTurn(turn.text, scenario));
}

/**
 * The call folded through the scripted customer, at the scenario's own difficulty: a guess at whoever played it, so a
 * fault counts as told only when the customer's words tell it (see faultOpen), never because the fold would have.
 */
function foldTurns(scenario: Scenario, turns: readonly Turn[]): PersonaState {
  return foldCall(scenario, scenario.difficulty, turns, { tellsFaults: false }).state;
}

/** A fault the customer volunteered ("a service light came on") that no rep turn has owned yet, read as the scorer reads it. */
function faultOpen(scenario: Scenario, turns: readonly Turn[]): boolean {
  const call = analyzeCall(scenario, { scenarioId: scenario.id, channel: scenario.channel, turns: [...turns] });
  const fault = call.issues.find((episode) => episode.id === NEW_FAULT_ISSUE);
  return fault !== undefined && isOpen(fault, turns.length);
}

/**
 * What is open in the call now, by id: the customer's problems raised and not yet owned, and a fault they told in passing
 * (a revealed hidden fact) while no rep line has owned it. Guided blocks `about` one of these are offered only then.
 */
export function openTopics(scenario: Scenario, turns: readonly Turn[]): string[] {
  const list = Array.isArray(turns) ? turns : [];
  const state = foldTurns(scenario, list);
  const raised = Object.keys(state.issues).filter((id) => state.issues[id] === 'raised' || state.issues[id] === 'vague');
  const byWords = customerSignals(scenario, list).flatMap((signals) => signals.issueIds.filter((id) => state.issues[id] !== 'owned'));
  const faults = faultOpen(scenario, list) ? state.factsRevealed : [];
  return [...new Set([...raised, ...byWords, ...faults])];
}

/** A guided block written for a fault the customer has told and nobody has owned yet. */
function faultBlockOpen(scenario: Scenario, turns: readonly Turn[]): boolean {
  const open = openTopics(scenario, turns);
  return scenario.guided.some((entry) => entry.stage === 'issue' && entry.about !== undefined && open.includes(entry.about));
}

/**
 * The stage of the call, from the scenario and the turns alone, so it works whoever plays the customer: the rep's
 * turns are folded through the scripted state machine, and the customer's own words can add an issue or a brush-off.
 */
export function inferStage(scenario: Scenario, turns: readonly Turn[]): GuidedStage {
  if (scenario.channel === 'voicemail') return 'voicemail';
  const list = Array.isArray(turns) ? turns : [];
  const state = foldTurns(scenario, list);
  const said = customerSignals(scenario, list);
  // A problem the customer has raised comes first, whatever else is going on.
  const raisedByWords = said.some((signals) => signals.issueIds.some((id) => state.issues[id] !== 'owned'));
  if (openIssueId(state) || raisedByWords) return 'issue';
  // A fault told in passing is owned by the scenario's lines about it, or else booked in with the next step: the close's strong
  // line owns it with an action and a time.
  if (faultOpen(scenario, list)) return faultBlockOpen(scenario, list) ? 'issue' : 'close';
  // Not-now when the latest customer turn is the first brush-off: once the rep has answered one, the call moves on.
  const brushOffs = said.map((signals) => signals.notNow || signals.firmNo);
  const lastIsCustomer = list.at(-1)?.speaker === 'customer';
  if (lastIsCustomer && brushOffs.at(-1) && brushOffs.indexOf(true) === brushOffs.length - 1 && !state.nextStepAgreed) return 'not-now';
  // After a firm no, anything that still proposes or pitches is pushing (as the scorer reads it too): the call is for a graceful exit.
  if (state.brushOff === 'firm' && !state.nextStepAgreed) return 'declined';
  // Once the rep has said their opening, the call has moved on even if it said nothing: never offer openers again.
  if (!state.purposeKnown && state.repTurns === 0) return 'opening';
  const required = scenario.facts.valueItems.filter((item) => scenario.facts.goalRequires.includes(item.id));
  if (required.some((item) => !state.valueBrought.includes(item.id))) return 'value';
  if (scenario.persona.referral && !state.referralGiven && isPleased(scenario, state)) return 'referral';
  return 'close';
}

/**
 * The stages to draw lines from, nearest first: the inferred one, then its fallbacks, then any other stage the scenario has lines
 * for. The opening is left out once the rep has spoken (unless it is all the scenario has).
 */
export function stagesToTry(scenario: Scenario, stage: GuidedStage, repHasSpoken = false): GuidedStage[] {
  const present = [...new Set(scenario.guided.map((entry) => entry.stage))];
  const ordered = [...new Set([...FALLBACK[stage], ...present])].filter((candidate) => present.includes(candidate));
  // Once the rep has spoken, an opener mid-call is out of place, and one offered among later lines gives its quality away.
  const later = ordered.filter((candidate) => candidate !== 'opening');
  return repHasSpoken && later.length > 0 ? later : ordered;
}

/** The stage to show lines for: the inferred one, or the nearest stage the scenario has lines for. */
export function availableStage(scenario: Scenario, stage: GuidedStage, repHasSpoken = false): GuidedStage | undefined {
  return stagesToTry(scenario, stage, repHasSpoken)[0];
}
