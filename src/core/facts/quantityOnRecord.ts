import { countedQuantities, savingAmounts } from '../language/quantities';
import { normalizeText } from '../language/normalizeText';
import { recordNotes } from '../scenario/recordNotes';
import type { Scenario } from '../scenario/scenarioSchema';

function notesOf(scenario: Scenario): string {
  return normalizeText(recordNotes(scenario).join('. '));
}

/** A reading of the briefing's notes, made once per scenario. */
function perScenario<T>(read: (notes: string) => T): (scenario: Scenario) => T {
  const cache = new WeakMap<Scenario, T>();
  return (scenario) => {
    if (!cache.has(scenario)) cache.set(scenario, read(notesOf(scenario)));
    return cache.get(scenario)!;
  };
}

/** The figures on the account's file by the thing counted ("about 20 cases a month" gives cases: [20]). */
export const quantitiesOnRecord: (scenario: Scenario) => Map<string, number[]> = perScenario(countedQuantities);

/** The savings the notes give ("moving at renewal saves $840 a year" gives 840). */
export const savingsOnRecord: (scenario: Scenario) => number[] = perScenario(savingAmounts);

/** Well past the biggest figure on file: a rep pushing forty cases on a twenty-a-month customer, not rounding. */
const INFLATION = 1.25;

/** The counts a customer gives in the call, gathered turn by turn so that a call is read once (see inflatesQuantity). */
export function addCustomerCounts(scenario: Scenario, said: Map<string, number[]>, customerLine: string): void {
  if (quantitiesOnRecord(scenario).size === 0) return;
  for (const [noun, counts] of countedQuantities(normalizeText(customerLine))) said.set(noun, [...(said.get(noun) ?? []), ...counts]);
}

/**
 * The rep puts a figure on something the file counts that is well above anything on file or said by the customer
 * in the call ("forty cases" to a clinic that uses about twenty a month): sizing the order to the rep, not the record.
 */
export function inflatesQuantity(scenario: Scenario, text: string, said: ReadonlyMap<string, readonly number[]> = new Map()): boolean {
  const onRecord = quantitiesOnRecord(scenario);
  if (onRecord.size === 0) return false;
  for (const [noun, counts] of countedQuantities(normalizeText(text))) {
    const known = [...(onRecord.get(noun) ?? []), ...(said.get(noun) ?? [])];
    if (known.length > 0 && counts.some((count) => count > Math.max(...known) * INFLATION)) return true;
  }
  return false;
}

/** Close enough to a figure on file to be the same saving, rounded ("about $850") or per month ($70 of $840 a year). */
const SAME_SAVING = 0.1;

/** The rep puts a figure on the saving that matches none on file, a year's or a month's ("you save about $480" for $840). */
export function misstatesSaving(scenario: Scenario, text: string): boolean {
  const onRecord = savingsOnRecord(scenario);
  if (onRecord.length === 0) return false;
  const near = (said: number, known: number) => Math.abs(said - known) <= known * SAME_SAVING;
  return savingAmounts(normalizeText(text)).some((said) => !onRecord.some((known) => near(said, known) || near(said, known / 12)));
}
