import type { Scenario } from '../scenario/scenarioSchema';
import type { Turn } from '../transcript';

/**
 * Who has the customer's end of the line now, read from the turns alone (so it holds whoever plays the customer): the
 * assistant once she has spoken or the customer has put the rep through to her, else the customer.
 */
export function onTheLine(scenario: Scenario | undefined, turns: readonly Turn[]): 'customer' | 'gatekeeper' {
  const gatekeeper = scenario?.gatekeeper;
  if (!gatekeeper) return 'customer';
  const last = turns.findLast((turn) => turn.speaker === 'customer');
  if (!last) return gatekeeper.answersFirst ? 'gatekeeper' : 'customer';
  return last.party === 'gatekeeper' || gatekeeper.handOver.includes(last.text) ? 'gatekeeper' : 'customer';
}
