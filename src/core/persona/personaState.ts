import type { EndReason } from '../transcript';
import type { Difficulty, Scenario } from '../scenario/scenarioSchema';
import { rulesFor } from './difficultyRules';

/** Where an open issue stands: not mentioned yet, raised, answered with a vague promise, or owned (action and time). */
export type IssueStatus = 'unraised' | 'raised' | 'vague' | 'owned';

/** The scripted customer's state after some rep turns; everything it does follows from this. */
export interface PersonaState {
  patience: number;
  trust: number;
  /** Rep turns heard so far. */
  repTurns: number;
  purposeKnown: boolean;
  historyHeard: boolean;
  timeChecked: boolean;
  /** Purposeless turns so far; each costs more than the last. */
  wasted: number;
  /** Turns that moved on while the customer's problem was open; each annoys more than the last. */
  ignored: number;
  issues: Record<string, IssueStatus>;
  valueBrought: string[];
  /** Value items the rep's last turn only named ("an oil change sometime?"); a timed step next turn brings them, as the scorer counts. */
  valueNamed: readonly string[];
  factsRevealed: string[];
  /** Whether a fault the customer tells becomes an open issue; off when the fold is only a guess at another customer's call. */
  tellsFaults: boolean;
  /** The brush-off of a not-now customer: not given yet, given, or hardened into a firm no. */
  brushOff: 'none' | 'given' | 'firm';
  /** Next-step pushes after the brush-off that gave no reason or no time. */
  pushes: number;
  nextStepAgreed: boolean;
  referralGiven: boolean;
  /** Normalised rep turns heard, to notice repeats. */
  heard: string[];
  /** Who is on the customer's end of the line: the customer, or the second person (the assistant) of a scenario that has one. */
  onLine: 'customer' | 'gatekeeper';
  /** Times the rep pitched to the gatekeeper or tried to get past her; a second time she ends the call. */
  gatekeeperSnubs: number;
  /** The assistant has said hello (she answered the phone, or has spoken since being handed the call). */
  gatekeeperGreeted: boolean;
  ended?: EndReason;
}

/** Starting patience: the persona's, scaled by difficulty, within 5..100. */
export function startingPatience(scenario: Scenario, difficulty: Difficulty): number {
  return Math.max(5, Math.min(100, Math.round(scenario.persona.patience * rulesFor(difficulty).patienceFactor)));
}

/** The state before the rep has said anything. */
export function initialPersonaState(scenario: Scenario, difficulty: Difficulty): PersonaState {
  return {
    patience: startingPatience(scenario, difficulty),
    trust: 50,
    repTurns: 0,
    purposeKnown: false,
    historyHeard: false,
    timeChecked: false,
    wasted: 0,
    ignored: 0,
    issues: Object.fromEntries(scenario.persona.openIssues.map((issue) => [issue.id, 'unraised' as IssueStatus])),
    valueBrought: [],
    valueNamed: [],
    factsRevealed: [],
    tellsFaults: true,
    brushOff: 'none',
    pushes: 0,
    nextStepAgreed: false,
    referralGiven: false,
    heard: [],
    onLine: scenario.gatekeeper?.answersFirst ? 'gatekeeper' : 'customer',
    gatekeeperSnubs: 0,
    gatekeeperGreeted: scenario.gatekeeper?.answersFirst === true,
  };
}

/** The first issue the customer raised that is not owned yet. */
export function openIssueId(state: PersonaState): string | undefined {
  return Object.keys(state.issues).find((id) => state.issues[id] === 'raised' || state.issues[id] === 'vague');
}

/** Genuinely pleased: nothing left open, the issues they would raise are owned, and the rep brought something. */
export function isPleased(scenario: Scenario, state: PersonaState): boolean {
  if (openIssueId(state)) return false;
  const ownedAll = scenario.persona.openIssues.every((issue) => issue.raiseWhen !== 'opening' || state.issues[issue.id] === 'owned');
  const owned = Object.values(state.issues).includes('owned');
  const broughtSomething = state.valueBrought.length > 0 || (scenario.facts.valueItems.length === 0 && owned);
  return ownedAll && broughtSomething;
}

/** Whether one of the goal's required items (an issue or a value item) has been handled. */
export function isHandled(state: PersonaState, id: string): boolean {
  return state.issues[id] === 'owned' || state.valueBrought.includes(id);
}

/** The goal: every required item handled, nothing left open, and a next step agreed. */
export function goalReached(scenario: Scenario, state: PersonaState): boolean {
  return state.nextStepAgreed && !openIssueId(state) && scenario.facts.goalRequires.every((id) => isHandled(state, id));
}
