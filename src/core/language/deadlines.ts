import { phraseSet, has } from './phraseSet';
import { splitSentences } from './clauses';
import { MONTH_NAMES } from './timeExpressions';

/** What an offer is called when a rep says it is ending: "the rate", "the 1.9% finance", "this special". */
const OFFER = phraseSet(
  'offer',
  'deal',
  'rate',
  'price',
  'pricing',
  'finance',
  'financing',
  'discount',
  'savings?',
  'special',
  'promo(?:tion)?',
  'plan',
  '\\d+(?:\\.\\d+)? ?(?:%|percent)',
);

/** Words saying something ends or is only held until a time: "ends", "runs out", "only good till", "pulling it at". */
const ENDING = phraseSet(
  'ends?',
  'ending',
  'finish(?:es|ing)?',
  'runs? out',
  'running out',
  'expires?',
  'expiring',
  'goes away',
  'disappears?',
  'gone (?:after|by|at|from)',
  'pull(?:s|ing|ed)?',
  '(?:good|valid|on|available|there|open|live|held) (?:till|until|til|through|to)',
  '(?:hold|keep|honou?r|do|offer) (?:it|that|this|the \\S+|\\S+ \\S+) (?:till|until|til|through)',
  'last day',
  'cut ?off',
  'deadline',
);

/** A near time that the rep can only mean as "soon": today, tonight, this week, Friday, five o'clock. */
const NEAR_TIME = phraseSet(
  'today',
  'tonight',
  'tomorrow',
  'this (?:week|weekend|evening|afternoon|morning)',
  '(?:the|this|at the) weekend',
  '(?:mon|tues|wednes|thurs|fri|satur|sun)day',
  'end of (?:the )?(?:day|week|business)',
  'close of (?:play|business)',
  '(?:within|in) (?:the|an|the next) (?:hour|few hours)',
  '(?:one|two|three|four|five|six|seven|eight|\\d{1,2})(?::\\d\\d)? ?(?:pm|am|o clock|today|tonight)',
);

const MONTH_END = new RegExp(`\\b(?:end of (?:the |this )?month|month end|end of (?:${MONTH_NAMES.join('|')}))\\b`);
/** Day numbers said as words, as a rep names a month's end or a cut-off: "the thirtieth", "the twenty-fifth". */
const ORDINAL_WORDS: Record<string, number> = {
  tenth: 10,
  fifteenth: 15,
  twentieth: 20,
  'twenty first': 21,
  'twenty fifth': 25,
  'twenty eighth': 28,
  thirtieth: 30,
  'thirty first': 31,
};

/** The dates a clause names: day numbers, month names, and whether it says "the end of the month". */
export interface NamedDates {
  days: number[];
  months: string[];
  monthEnd: boolean;
}

/** The day numbers, months and month ends a normalised clause names ("the 30th", "30 april", "end of the month"). */
export function namedDates(clause: string): NamedDates {
  const days = [...clause.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)?\b(?! ?(?:%|percent|\.\d|pm|am|cases|minutes|hours|days|weeks|months|years))/g)]
    .map((m) => Number(m[1]))
    .filter((n) => n >= 1 && n <= 31);
  for (const [word, day] of Object.entries(ORDINAL_WORDS)) if (new RegExp(`\\bthe ${word}\\b`).test(clause.replace(/-/g, ' '))) days.push(day);
  const months = MONTH_NAMES.filter((month) => new RegExp(`\\b${month}\\b`).test(clause));
  const monthEnd = MONTH_END.test(clause);
  return { days, months, monthEnd };
}

/** A sentence saying an offer ends at a near time ("the finance is ending this week"), with the dates it names. */
export interface DeadlineClaim {
  sentence: string;
  dates: NamedDates;
  /** Names a near time (today, this week, Friday) rather than only a date. */
  near: boolean;
}

/** The sentences of a normalised rep line that say an offer ends or is held only until some time. */
export function deadlineClaims(normalized: string): DeadlineClaim[] {
  return splitSentences(normalized)
    .filter((sentence) => has(OFFER, sentence) && has(ENDING, sentence))
    .map((sentence) => ({ sentence, dates: namedDates(sentence), near: has(NEAR_TIME, sentence) }));
}

/** The dates in normalised account notes that end an offer ("financing valid until 30 april", "plan change by 25 may"). */
export function recordedDeadlineDates(normalizedNotes: string[]): NamedDates[] {
  return normalizedNotes
    .flatMap(splitSentences)
    .filter((sentence) => has(OFFER, sentence) && /\b(?:until|till|ends?|by|cut ?off|deadline|valid|expires?)\b/.test(sentence))
    .map(namedDates)
    .filter((dates) => dates.days.length > 0 && dates.months.length > 0);
}
