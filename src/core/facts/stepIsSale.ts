import { describeRepTurn } from '../language/classifyRepTurn';
import type { Scenario } from '../scenario/scenarioSchema';

const cache = new WeakMap<Scenario, boolean>();

/**
 * Whether the step this call is for is itself a sale (a standing order, a contract), read from the scenario's own example
 * lines: then proposing it is the call's purpose, and anywhere else an extra sale is the rep's own agenda.
 */
export function stepIsSale(scenario: Scenario): boolean {
  let sale = cache.get(scenario);
  if (sale === undefined) {
    sale = (scenario.facts?.nextStep?.examples ?? []).some((example) => describeRepTurn(example, scenario).upsell);
    cache.set(scenario, sale);
  }
  return sale;
}
