import { has, phraseSet } from './phraseSet';
import { namesTime } from './timeExpressions';
import { VALUE_CUE } from './valuePhrases';
import { PRESSURE } from './pressurePhrases';
import { MONEY_AMOUNT } from './quantities';

/** A figure: an amount, a percentage, a count, a stock number. */
export const FIGURE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half|quarter|double|percent|per cent)\b/;

/** What something has become: ready, approved, fixed, arrived, changed; the fact inside a piece of news ("just reaching out" is not one). */
export const STATE_CHANGE = phraseSet(
  '(?:is|are|has been|have been|got|was|were|now|already|finally|just) (?:(?!\\w+ing )\\w+ )?(?:ready|approved|fixed|sorted|signed off|cleared|shipped|dispatched|booked|confirmed|released|here|in|out|live|changed|changing|cut|dropped|reduced|waived|credited|refunded|replaced)',
  '(?:new|changed|changing|upcoming) (?:rule|rules|regulation|regulations|law|laws|requirement|requirements|legislation|model|range|colou?r)',
);

/** The call's own logistics, not content: "this will take thirty seconds", "ring me back today", a phone number. */
const CALL_LOGISTICS = phraseSet(
  '(?:take|takes|taking|be|keep it to|only|need|needs|just|have|got|spare|for) (?:like |about |only |just |literally )?(?:a|one|two|three|five|ten|thirty|30|\\d+|a couple of|a few)? ?(?:secs?|seconds?|minutes?|mins?|moments?)',
  '\\d[\\d ().-]{5,}\\d',
  '(?:ring|call|phone|text|reach|get back to) (?:me|us)(?: back)?(?: \\S+){0,3}? (?:today|tomorrow|tonight|any ?time|whenever|asap|on|at)',
);

/** The time of the announcement itself ("news for you today"), which says when the rep is telling, not what. */
const ANNOUNCEMENT_TIME = phraseSet(
  '(?:news|update|heads up|information|info|something)(?: \\S+){0,4}? (?:today|this (?:morning|afternoon|evening)|tonight|right now)',
);

/** Holding the content back: "I won't spoil it on a message", "I'll tell you when you come in". */
export const WITHHOLDS = phraseSet(
  '(?:will not|do not want to|can not|would not) (?:spoil|give away|say|tell you|go into) (?:it|this|that|too much|the details|much)(?: \\S+){0,3}? (?:on|over|in) (?:a|the) (?:message|phone|voicemail)',
  '(?:will not|do not want to|would not) spoil (?:it|the surprise)',
  '(?:tell|show) you (?:when|once) (?:you|we) (?:come|pop|get|speak|talk|meet)',
  'want to (?:hear|see) (?:this|it) (?:one )?(?:properly|in person|face to face)',
);

/**
 * Whether a turn carries something the customer can use, beyond announcing it: a figure, a time, one of the account's value
 * items, or a fact about what changed. "I've got great news for you" alone carries nothing.
 */
export function hasPayload(normalized: string, namesValueItem: boolean): boolean {
  if (namesValueItem) return true;
  // Urgency and the call's own logistics are not content: "thirty seconds" or "today or it's gone" is no news.
  const content = normalized.replace(CALL_LOGISTICS, ' ').replace(PRESSURE, ' ').replace(ANNOUNCEMENT_TIME, ' ');
  return FIGURE.test(content) || namesTime(content) || has(STATE_CHANGE, content) || has(VALUE_CUE, content);
}

/** Money or a rate: "$148.60", "5% off", "840 a year". */
export const MONEY_FIGURE = new RegExp(`${MONEY_AMOUNT}|\\d(?:[\\d,.]*\\d)? ?(?:%|percent|per cent|a (?:year|month|load|case|week)\\b)`);

/** A benefit or a change only hinted at: "some savings in there for you", "some regulation stuff coming in", "regs n stuff". */
export const HINTED_ONLY = phraseSet(
  '(?:some|a bit of|a little|any|a few|potential|possible|definitely some|potentially some|possibly some|maybe some) (?:\\w+ )?(?:savings?|discounts?|money off|money back|benefits?|perks|ways to save)',
  '(?:some|a few|a bit of|all sorts of) (?:new )?(?:\\w+ )?(?:stuff|things|bits|changes)(?: (?:coming|going on|happening|changing))?(?: in)?',
  '\\w+ (?:n|and) stuff',
  '(?:save|saving) you (?:a bit|a little|a few quid|some)(?: of)?(?: money| cash)?(?! \\d)',
);

/** A teaser: "something that affects your vans from 1 June" names the topic and its date, not what changes. */
export const TEASER = phraseSet(
  'something (?:(?:that|which) )?(?:affects|will affect|is going to affect|could affect|concerns|impacts|will impact|matters to|you need to know|you will want to (?:know|hear)|you should know|big|important)',
  '(?:a|some|the) (?:new |big |important )?(?:rule|regulation|law|change|update|development)s? (?:that|which) (?:affects?|will affect|is going to affect|could affect|concerns?|impacts?|will impact)',
);
