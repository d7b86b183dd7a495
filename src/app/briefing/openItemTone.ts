import type { Scenario } from '../../core/scenario';
import { linkOpenItem } from '../../core/scoring';

/** A problem to own (warning look) or something worth telling the customer (news look). */
export type OpenItemTone = 'problem' | 'news';

/**
 * An open item is a problem when it names one of the customer's open issues, by the rule the call's checklist
 * and the scorer use; anything else (a colour back in stock, an offer) is news the rep brings, not a warning.
 */
export function openItemTone(item: string, scenario: Scenario): OpenItemTone {
  return linkOpenItem(scenario, item)?.kind === 'issue' ? 'problem' : 'news';
}
