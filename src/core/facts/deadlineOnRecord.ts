import { deadlineClaims, recordedDeadlineDates, type NamedDates } from '../language/deadlines';
import { normalizeText } from '../language/normalizeText';
import { recordNotes } from '../scenario/recordNotes';
import type { Scenario } from '../scenario/scenarioSchema';

/** The deadlines the briefing's notes set, remembered per scenario. */
const recorded = new WeakMap<Scenario, NamedDates[]>();

/** The dated deadlines on the account's file ("the 1.9% financing ends on 30 April"); empty when the notes set none. */
export function deadlinesOnRecord(scenario: Scenario): NamedDates[] {
  let found = recorded.get(scenario);
  if (!found) {
    found = recordedDeadlineDates(recordNotes(scenario).map(normalizeText));
    recorded.set(scenario, found);
  }
  return found;
}

function agrees(claim: NamedDates, onRecord: NamedDates): boolean {
  return (
    claim.days.some((day) => onRecord.days.includes(day)) ||
    claim.months.some((month) => onRecord.months.includes(month)) ||
    (claim.monthEnd && onRecord.monthEnd)
  );
}

/**
 * The rep says an offer ends at a near time ("the finance is gone after this weekend", "only good till five today")
 * when the file dates its deadline otherwise: an invented deadline contradicts the record (LABELLING: know-the-history).
 */
export function contradictsDeadline(scenario: Scenario, text: string): boolean {
  const onRecord = deadlinesOnRecord(scenario);
  if (onRecord.length === 0) return false;
  return deadlineClaims(normalizeText(text)).some((claim) => claim.near && !onRecord.some((deadline) => agrees(claim.dates, deadline)));
}
