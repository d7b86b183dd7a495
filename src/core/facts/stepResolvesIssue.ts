import type { Scenario } from '../scenario/scenarioSchema';

const cache = new WeakMap<Scenario, Set<string>>();

/**
 * The open issues that the scenario's own next step puts right (the demo never booked, fixed by booking it), known by the
 * terms they share: working towards that step is working on the problem, not moving on from it.
 */
export function stepResolvesIssue(scenario: Scenario, issueId: string): boolean {
  let ids = cache.get(scenario);
  if (!ids) {
    const step = new Set((scenario.facts?.nextStep?.keywords ?? []).map((term) => term.toLowerCase()));
    ids = new Set(
      (scenario.persona?.openIssues ?? []).filter((issue) => (issue.keywords ?? []).some((term) => step.has(term.toLowerCase()))).map((issue) => issue.id),
    );
    cache.set(scenario, ids);
  }
  return ids.has(issueId);
}

/** What of a rep turn's reading shows it working towards the step that puts a problem right. */
export interface StepWork {
  nextStepTopic: boolean;
  proposesNextStep: boolean;
  factIds: readonly string[];
  valueItemIds: readonly string[];
  pressure: boolean;
  upsell: boolean;
  asksReferral: boolean;
}

/**
 * Working towards the step that puts the problem right ("which week suits the team?" for the demo never booked): naming the
 * step, or proposing a time or asking what the booking needs with nothing else in it. One rule for the customer and the scorer.
 */
export function worksTowardsFix(scenario: Scenario, issueId: string, moves: StepWork): boolean {
  if (!stepResolvesIssue(scenario, issueId) || moves.pressure || moves.upsell || moves.asksReferral) return false;
  return moves.nextStepTopic || ((moves.proposesNextStep || moves.factIds.length > 0) && moves.valueItemIds.length === 0);
}
