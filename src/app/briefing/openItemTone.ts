import type { Scenario } from '../../core/scenario/scenarioSchema';

/** A problem to own (warning look) or something worth telling the customer (news look). */
export type OpenItemTone = 'problem' | 'news';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An open item is a problem when it names one of the customer's open issues (by the issue's keywords);
 * anything else (a colour back in stock, an offer) is news the rep brings, not a warning.
 */
export function openItemTone(item: string, scenario: Pick<Scenario, 'persona'>): OpenItemTone {
  const keywords = scenario.persona.openIssues.flatMap((issue) => issue.keywords);
  const names = keywords.some((keyword) => new RegExp(`\\b${escape(keyword)}\\b`, 'i').test(item));
  return names ? 'problem' : 'news';
}
