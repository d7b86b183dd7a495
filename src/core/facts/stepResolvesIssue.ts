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
