import { countedQuantities } from '../language/quantities';
import { normalizeText } from '../language/normalizeText';
import type { Scenario } from '../scenario/scenarioSchema';

/** The counts the briefing gives, remembered per scenario. */
const recorded = new WeakMap<Scenario, Map<string, number[]>>();

/** The figures on the account's file by the thing counted ("about 20 cases a month" gives cases: [20]). */
export function quantitiesOnRecord(scenario: Scenario): Map<string, number[]> {
  let found = recorded.get(scenario);
  if (!found) {
    const briefing = scenario.briefing;
    const notes = [briefing?.calling ?? '', ...(briefing?.history ?? []).map((h) => h.note), ...(briefing?.openItems ?? [])];
    found = countedQuantities(normalizeText(notes.join('. ')));
    recorded.set(scenario, found);
  }
  return found;
}

/** Well past the biggest figure on file: a rep pushing forty cases on a twenty-a-month customer, not rounding. */
const INFLATION = 1.25;

/**
 * The rep puts a figure on something the file counts that is well above anything on file or said by the customer
 * in the call ("forty cases" to a clinic that uses about twenty a month): sizing the order to the rep, not the record.
 */
export function inflatesQuantity(scenario: Scenario, text: string, customerLines: readonly string[]): boolean {
  const onRecord = quantitiesOnRecord(scenario);
  if (onRecord.size === 0) return false;
  const said = countedQuantities(normalizeText(customerLines.join('. ')));
  for (const [noun, counts] of countedQuantities(normalizeText(text))) {
    const known = [...(onRecord.get(noun) ?? []), ...(said.get(noun) ?? [])];
    if (known.length > 0 && counts.some((count) => count > Math.max(...known) * INFLATION)) return true;
  }
  return false;
}
