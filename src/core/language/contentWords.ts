import { normalizeText } from './normalizeText';

// Words that carry no topic: function words, fillers and politeness. Never part of a derived matching term.
const STOPWORDS = new Set(
  `a an the and or but nor so if then than that this these those there here it its it's i me my mine we us our ours you your yours
  he him his she her hers they them their theirs who whom whose which what when where why how all any both each either every few
  more most other some such no not only own same too very can could will would shall should may might must do does did done doing
  be is am are was were been being have has had having of in on at by for with about against between into through during before
  after above below to from up down out off over under again further once as until while because just also still already yet even
  ever now really actually basically honestly literally like well oh ok yes no hey hi hello um uh er erm ah anyway right sure
  please thanks thank cheers sorry mate love quite pretty rather bit lot lots thing things stuff something anything everything
  nothing someone anyone everyone nobody whether let am pm etc via per within without instead across around along toward towards
  upon onto among beside besides behind beyond near maybe perhaps sometime sometimes somewhere anywhere whatever whenever however
  though although unless since till alright gonna wanna kinda`.split(/\s+/),
);

// Words too common in any sales call to point at one item: calling and talking, time and dates, numbers, stock praise.
const GENERIC = new Set(
  `call calls calling called ring rang rung phone phoned speak spoke talk talking chat tell telling told say saying said know knew
  think thought want wanted need needed get gets got getting give gave given go goes going went gone come comes came coming make
  made take took taken see saw seen look looking looked hear heard mean meant wonder wondering check checking checked reach touch
  follow following update updates news quick quickly sort sorted happy glad great good nice lovely brilliant fine new free back
  ask asks asking asked tells offers offer offered proposes propose proposing proposed explains explain mentions mention says
  rep customer step steps plan placing arranging confirm confirms book booking booked help helps helping work works working keep kept put sent send sending email
  today tomorrow tonight yesterday morning afternoon evening night week weeks weekend month months year years day days time times
  minute minutes hour hours moment soon later early late next last first second third half couple one two three four five six
  seven eight nine ten eleven twelve twenty thirty monday tuesday wednesday thursday friday saturday sunday january february
  march april may june july august september october november december o'clock clock am pm`.split(/\s+/),
);

const CLAUSE_BREAK = /[,;:!?()"]|\.(?=\s|$)|\s-\s/;

/** One word of a text, as written (normalized) and as a rough stem for comparing forms. */
export interface ContentToken {
  word: string;
  stem: string;
  /** A function word or filler: never part of a term. */
  stop: boolean;
  /** Common in any call: part of a two-word term only beside a word that is not. */
  generic: boolean;
}

/** A rough stem that meets plural and simple verb forms ("plates" and "plate", "arrived" and "arrives"). */
export function roughStem(word: string): string {
  if (word.length <= 4) return word.replace(/s$/, '');
  return word.replace(/(?:ies|ied)$/, 'y').replace(/(?:es|ed|ing|s|e)$/, '');
}

function clean(word: string): string {
  return word.replace(/'s$/, '').replace(/^[^\p{L}\p{N}$£€]+|[^\p{L}\p{N}%]+$/gu, '');
}

/** A plain number of one or two digits, or an ordinal ("30th"): a date or a time, not a topic. */
function smallNumber(word: string): boolean {
  return /^\d{1,2}(?:st|nd|rd|th)?$/.test(word) || /^\d{1,2}[:.]\d\d$/.test(word);
}

/**
 * The words of a text in order, clause by clause (a comma or a full stop ends a clause, so two-word phrases never
 * span one), each marked as a stopword, a generic word, or content.
 */
export function contentClauses(text: string): ContentToken[][] {
  return normalizeText(text)
    .split(CLAUSE_BREAK)
    .map((clause) =>
      clause
        .split(/\s+/)
        .map(clean)
        .filter((word) => word.length > 0)
        .map((word) => {
          const stop = STOPWORDS.has(word) || word.length < 2;
          return { word, stem: roughStem(word), stop, generic: !stop && (GENERIC.has(word) || smallNumber(word)) };
        }),
    )
    .filter((clause) => clause.length > 0);
}

/** The topic words of a text by rough stem: no function words, no words common to any call. */
export function topicStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const token of contentClauses(text).flat()) if (!token.stop && !token.generic) stems.add(token.stem);
  return stems;
}

/** Whether a text takes up any of the given topic stems ("check the light" and a report of a "service light"). */
export function sharesTopic(stems: ReadonlySet<string>, text: string): boolean {
  for (const stem of topicStems(text)) if (stems.has(stem)) return true;
  return false;
}
