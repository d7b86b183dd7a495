import { describeCustomerTurn } from '../language/classifyCustomerTurn';
import type { Scenario } from '../scenario/scenarioSchema';

const cache = new WeakMap<Scenario, ReadonlySet<string>>();

/**
 * The hidden facts that are faults ("a service light came on last week"), read from their words as the scorer reads the
 * customer's line: once told, each is a problem the customer waits to have owned, like an open issue.
 */
export function faultFactIds(scenario: Scenario): ReadonlySet<string> {
  let ids = cache.get(scenario);
  if (!ids) {
    ids = new Set(scenario.persona.hiddenFacts.filter((fact) => describeCustomerTurn(fact.text, scenario).reportsFault).map((fact) => fact.id));
    cache.set(scenario, ids);
  }
  return ids;
}
