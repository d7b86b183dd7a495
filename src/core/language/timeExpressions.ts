import { normalizeText } from './normalizeText';
import { has, phraseSet } from './phraseSet';

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)s?';
const FULL_DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?';
/** The months in full, as normalised text spells them. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(?:${MONTH_NAMES.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)`;
const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty five|forty|fifty|sixty|ninety|a couple of|a couple|a few|an|a|\\d{1,3})';
const ORDINAL_WORD =
  '(?:(?:twenty|thirty)[ -]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
const CLOCK = '(?:\\d{1,2}(?::\\d{2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)';
const UNIT = '(?:minutes?|hours?|days?|weeks?|business days?|working days?)';
// What may follow a bare clock number ("by 4", "at 10 tomorrow") so that "at 4 cars" is not read as a time.
const CLOCK_END =
  '(?=\\s*(?:$|[.,;:!?)"\\-]|o\'?clock|am\\b|pm\\b|a\\.m|p\\.m|sharp|latest|at the latest|today|tomorrow|tonight|this|on|or|and|then|if|so|with|to|for|my|your|our|his|her|their|is|works|would|should|could|ish|that|okay|ok|please))';

/** Time and date expressions: today, tomorrow morning, by 4, 4 pm, 10:30, Thursday, next week, the 14th, in 20 minutes. */
export const TIME_EXPRESSION = phraseSet(
  'today',
  'tonight',
  'tomorrow',
  'tomorrow (?:morning|afternoon|evening|night|first thing)',
  'this (?:morning|afternoon|evening|week|weekend|friday|month|time tomorrow)',
  '(?:later|early|earlier) (?:today|this (?:morning|afternoon|evening|week))',
  'later on today',
  'first thing(?: in the morning| tomorrow| monday)?',
  'end of (?:the )?(?:day|week|month|business|play|today|tomorrow|the working day|business day)',
  '(?:month|week|day) end',
  '(?:close|start) of (?:business|play)',
  'by (?:close|lunch|lunchtime|noon|midday|tonight|the weekend|the morning|the afternoon|the end of)',
  '(?:at|by|around|before|after) lunch(?:time)?',
  '(?:in|within|inside|under) (?:the next |the |the coming )?' + NUMBER_WORD + ' ' + UNIT,
  'within (?:the|an|the next|the hour|the day|24 hours|48 hours)(?: hour| day)?',
  '(?:in|within) (?:an|the next|half an|the) hour',
  'half an hour',
  'next (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|time slot|morning|afternoon)',
  '(?:week|month) after next',
  '(?:the )?end of next (?:week|month)',
  '(?:this|next|on|by|until|till|before|after|coming|every) ' + DAY,
  FULL_DAY + '(?: (?:morning|afternoon|evening|night|lunchtime|at|by))?',
  '(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri) (?:morning|afternoon|evening|at \\d{1,2})',
  '(?:on |by |the )?' + MONTH + ' \\d{1,2}(?:st|nd|rd|th)?',
  '\\d{1,2}(?:st|nd|rd|th)? (?:of )?' + MONTH,
  '(?:the |on the |by the )\\d{1,2}(?:st|nd|rd|th)',
  // Days of the month in words: "on the first or the fifteenth", "by the second of next month".
  '(?:on|by|from|for|until|till) the (?:' + ORDINAL_WORD + ')(?: of (?:the month|next month)|(?=\\s*(?:$|[.,;:!?]|or |and |then |at |works|is fine|suits)))',
  'the (?:' + ORDINAL_WORD + ') (?:of (?:the month|next month)|or the (?:' + ORDINAL_WORD + '))',
  // A date in words: "the first of May", "May the twenty-first".
  '(?:' + ORDINAL_WORD + ') of ' + MONTH + '\\b',
  MONTH + ' the (?:' + ORDINAL_WORD + ')',
  '\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?',
  '\\d{4}-\\d{2}-\\d{2}',
  '\\d{1,2}(?::\\d{2})? ?(?:am|pm|a\\.m\\.?|p\\.m\\.?)',
  '\\d{1,2}:\\d{2}',
  CLOCK + " o'?clock",
  '(?:half|quarter) (?:past|to) ' + CLOCK,
  '(?:at|by|before|around|about|after|until|till|from|between) (?:half )?' + CLOCK + '(?:[: ](?:thirty|fifteen|forty five|\\d{2}))?' + CLOCK_END,
  '(?:at|by) (?:noon|midday|midnight)',
  '(?:right|straight) (?:away|after (?:this|we hang up|the call))',
  'straight now',
  'immediately',
  'as soon as (?:we|i) (?:hang up|get off the phone|finish|are done)',
  'after (?:this|our) call',
  'in the (?:morning|afternoon|evening)',
  '(?:morning|afternoon|evening) (?:of|on) (?:the|' + DAY + ')',
  'over the weekend',
  'at the weekend',
  'this time next week',
  'in a (?:day|week|month|fortnight) or two',
  // British and spoken clock times: "half ten", "say ten", "ten's fine", "lunchtime Weds", "tomorrow arvo".
  'half (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})(?! (?:an|a|of|the|hour|dozen|price|off|hearted))',
  '(?:say|maybe|about|around|like) ' + CLOCK + '(?:ish)?' + CLOCK_END,
  CLOCK + ' (?:is|would be|should be) (?:fine|good|great|ok|okay|perfect|grand)',
  '(?:lunchtime|lunch time|lunch|morning|afternoon|evening|first thing) (?:on )?' + DAY,
  '(?:tomorrow|today|this|' + FULL_DAY + ') arvo',
  '(?:tomorrow|tonight|today|' + FULL_DAY + ') (?:after|before|around) (?:lunch|work|school|the school run|dinner|tea)',
  '(?:a|one|this|next) fortnight',
  '(?:early|mid|late) next (?:week|month)',
  // Texting and 24-hour clock: "9ish", "0830 thursday", "tomorrow 1815", "before 1700", "1430 on monday".
  '\\d{1,2}(?:[:.]\\d{2})?ish',
  '(?:at|by|before|after|around|about|from|until|till|say|tomorrow|today|tonight|' +
    DAY +
    ') (?:[01]\\d|2[0-3])[0-5]\\d(?! (?:\\w+ )?(?:texts|pallets|cases|units|cars|vans|dollars|pounds|miles|people|customers|users))',
  '(?:[01]\\d|2[0-3])[0-5]\\d (?:hrs|hours|h|today|tomorrow|tonight|on ' + DAY + '|' + DAY + ')',
  DAY + ' (?:at |around |about |say )?\\d{1,2}(?:[:.]\\d{2})?(?: ?am| ?pm)?(?![\\d%])',
  '\\d{1,2}[:.]\\d{2} (?:on )?(?:' + DAY + '|today|tomorrow|tonight)',
);

// "Right now" is a time for an action ("I'm calling them right now"), not in a question or a brush-off.
const RIGHT_NOW = /(?<!not )(?<!not just )right now(?![^.!?]*\?)/;
// Nor when it describes how things are ("the DMV is super slow right now"): a state, not a time anything will happen.
const STATE_RIGHT_NOW =
  /\b(?:is|are|was|were|been)(?: (?:so|super|really|very|pretty|quite|a bit|a little|just|absolutely|totally|completely|crazy|insanely))* [a-z]+(?<!ing)(?: up| out| under| behind)?(?: over there| out there| at the moment)? right now/;

// "A fortnight ago", "two weeks back": a time in the past is history, not a time anything will happen.
const PAST_SPAN =
  /\b(?:(?:a|an|one|two|three|four|five|six|\d+|a couple of|a few|few|some) )?(?:\w+ )?(?:minutes?|hours?|days?|weeks?|fortnight|months?|years?) (?:ago|back)\b/g;

// "The quote from Tuesday", "your email of Monday": a day that names a message already sent, not a time on offer.
const SENT_ON = new RegExp(`\\b(?:quote|email|e mail|message|note|letter|voicemail|conversation|invoice|proposal) (?:from|of) (?:last )?${FULL_DAY}\\b`, 'g');

// "On the twenty-fifth of February you kindly agreed": a date told as history, not a time on offer.
const DATE_THEN_PAST = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL_WORD}) of ${MONTH}\\b,? (?:\\w+ ){1,2}(?:agreed|asked|said|told|mentioned|spoke|ordered|signed|bought|emailed|called|rang|sent|had|were|was|did)\\b`,
  'g',
);

// "The delivery last Thursday", "last week's order": a time gone by, not one anything will happen at.
const LAST_PERIOD = new RegExp(`\\blast (?:${FULL_DAY}|week|weekend|month|night|year|time)(?:'s)?\\b`, 'g');

// "Plates that were meant to be with you by the 16th of March": a date that was missed is history, not a plan.
const PAST_DUE =
  /\b(?:were|was|should have been|had been|were already|was already) (?:meant|supposed|due|promised|expected|scheduled|booked|quoted)\b[^.!?;,]*/g;

/** True when the normalized text names a time or a date. */
export function namesTime(normalized: string): boolean {
  let text = normalized.includes(' ago') || normalized.includes(' back') ? normalized.replace(PAST_SPAN, ' ') : normalized;
  if (text.includes(' from ') || text.includes(' of ')) text = text.replace(SENT_ON, ' ').replace(DATE_THEN_PAST, ' ');
  if (text.includes('last ')) text = text.replace(LAST_PERIOD, ' ');
  if (text.includes(' was ') || text.includes(' were ') || text.includes(' been ')) text = text.replace(PAST_DUE, ' ');
  return namesTimeIn(text);
}

function namesTimeIn(normalized: string): boolean {
  if (has(TIME_EXPRESSION, normalized)) return true;
  if (!normalized.includes('right now') || !RIGHT_NOW.test(normalized)) return false;
  return !/\b(?:not|nothing|no one|nobody)\b[^.!?]{0,20}right now/.test(normalized) && !STATE_RIGHT_NOW.test(normalized);
}

const DAY_WORD = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)s?\b/g;

// "Until Friday", "after Friday", "past Tuesday": a limit, not a day on offer.
const NOT_OFFERED = /(?:until|till|til|before|after|by|since|past|from) $/;

/** The days of the week a normalized text names ("saturday", "weekend"), singular, in order; not "until Friday" or "last Tuesday". */
export function namedDays(normalized: string): string[] {
  const days: string[] = [];
  const text = normalized.includes('last ') ? normalized.replace(LAST_PERIOD, ' ') : normalized;
  for (const match of text.matchAll(DAY_WORD)) {
    if (NOT_OFFERED.test(text.slice(Math.max(0, match.index - 8), match.index))) continue;
    if (!days.includes(match[1]!)) days.push(match[1]!);
  }
  return days;
}

/** The days a raw line names, read after normalising ("fri 8am" and "thurs" are Friday and Thursday). */
export function daysNamedIn(text: string): string[] {
  return namedDays(normalizeText(text));
}

/** Times too loose to hold anyone to ("this week", "in a few days", "soon"): a window, not a time. */
export const VAGUE_TIME = phraseSet(
  // "By the end of next week" is a deadline someone can be held to; "next week" alone is a window.
  '(?:some ?time |at some point )?(?<!end of )(?:this|next|the coming) (?:week|month|weekend)',
  '(?:some ?time )?(?:the )?(?:week|month) after next',
  '(?:in|within|over) (?:the next )?(?:a (?:few|couple of|couple)|a day or two|a week or two|few|some) (?:days?|weeks?)',
  'in a (?:day|week|month) or two',
  '(?:very |really )?soon(?:ish)?',
  'shortly',
  'at some point',
  'some ?time',
  'in due course',
  'when i (?:can|get a chance)',
  'later(?: on)?(?! (?:today|this (?:morning|afternoon|evening)))',
);

/** A loose time hedged further ("maybe sometime next month"): no step can be held to it, unlike "next week" for a booking. */
export const HEDGED_TIME = phraseSet('some ?time', 'at some point', 'maybe', 'perhaps', 'or something');

const NEAR_DAY = `(?:${FULL_DAY}|tomorrow|today|tonight|this (?:afternoon|morning|evening))`;
/** A day the rep only guesses at ("think thursday maybe", "probably tomorrow"): nobody can be held to a guess. */
export const GUESSED_DAY = phraseSet(
  `(?:maybe|perhaps|probably|hopefully|possibly|(?:i )?think|(?:i )?reckon|(?:i )?guess) (?:\\w+ ){0,2}?${NEAR_DAY}`,
  `${NEAR_DAY}(?:,)? (?:\\w+ )?(?:maybe|perhaps|probably|hopefully|i think|i reckon|i guess|i hope|ish|fingers crossed)\\b`,
);

/** True when the normalized text names a time someone can be held to: "by 4 pm", "Thursday", "tomorrow", not "this week" or "soon". */
export function namesSpecificTime(normalized: string, namesSomeTime = namesTime(normalized)): boolean {
  if (!namesSomeTime) return false;
  // Nothing vague to take out: the time already found is the specific one.
  if (!has(VAGUE_TIME, normalized)) return true;
  return namesTime(normalized.replace(VAGUE_TIME, ' '));
}
