import { has, phraseSet } from './phraseSet';
import { namesTime } from './timeExpressions';
import { VALUE_CUE } from './valuePhrases';

/** A figure: an amount, a percentage, a count, a stock number. */
const FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|quarter|double|percent|per cent)\b/;

/** What something has become: ready, approved, fixed, arrived, changed; the fact inside a piece of news. */
const STATE_CHANGE = phraseSet(
  '(?:is|are|has been|have been|got|was|were|now|already|finally|just) (?:\\w+ )?(?:ready|approved|fixed|sorted|signed off|cleared|shipped|dispatched|booked|confirmed|released|here|in|out|live|changed|changing|cut|dropped|reduced|waived|credited|refunded|replaced)',
  '(?:new|changed|changing|upcoming) (?:rule|rules|regulation|regulations|law|laws|requirement|requirements|legislation|model|range|colou?r)',
);

/**
 * Whether a turn carries something the customer can use, beyond announcing it: a figure, a time, one of the account's value
 * items, or a fact about what changed. "I've got great news for you" alone carries nothing.
 */
export function hasPayload(normalized: string, namesValueItem: boolean): boolean {
  if (namesValueItem) return true;
  return FIGURE.test(normalized) || namesTime(normalized) || has(STATE_CHANGE, normalized) || has(VALUE_CUE, normalized);
}
