/** Longest stretch of a turn the phrase detectors read; turns are cut far shorter than this before scoring. */
export const MAX_ANALYSED_CHARS = 6_000;

const ENTITIES: Record<string, string> = {
  amp: '&',
  nbsp: ' ',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  '#39': "'",
  rsquo: "'",
  lsquo: "'",
  ldquo: '"',
  rdquo: '"',
  mdash: ' - ',
  ndash: ' - ',
  hellip: '...',
};

// Pronouns and pronoun-like words whose "'s" means "is"; on other words it is usually possessive and is kept.
const IS_CONTRACTIONS = /\b(it|that|what|how|where|there|here|who|he|she|everything|something|nothing|anything|everyone|someone|nobody|this|when|why)'s\b/g;

// Contractions with an apostrophe, expanded in this order, each with a literal it needs (checked first, as most
// turns have few contractions); apostrophe-free slang is folded with the word map below.
const CONTRACTIONS: [RegExp, string, string][] = [
  [/\bwon't\b/g, 'will not', "won't"],
  [/\bcan't\b/g, 'can not', "can't"],
  [/\bshan't\b/g, 'shall not', "shan't"],
  [/\bain't\b/g, 'is not', "ain't"],
  [/\blet's\b/g, 'let us', "let's"],
  [/\by'all\b/g, 'you all', "y'all"],
  [/n't\b/g, ' not', "n't"],
  [/'s been\b/g, ' has been', "'s been"],
  [IS_CONTRACTIONS, '$1 is', "'s"],
  [
    // Not after a day or time word: "Wednesday's late van", "today's first drop" are possessive.
    /(?<!\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|yesterday|week|month|year|morning|afternoon|evening|night))'s (?=(?:fine|good|great|ok|okay|perfect|better|best|easier|not|all right|too|really|very|so|still|just|going|getting|coming|looking|done|ready|free|busy|late|due|here|there|gone|on its|on the way)\b)/g,
    ' is ',
    "'s ",
  ],
  [/'re\b/g, ' are', "'re"],
  [/\bi'm\b/g, 'i am', "i'm"],
  [/'ll\b/g, ' will', "'ll"],
  [/'ve\b/g, ' have', "'ve"],
  [/'d\b/g, ' would', "'d"],
  [/'em\b/g, ' them', "'em"],
  // Dropped g's and clipped words in everyday speech: "comin' in this evenin'", "'bout", "'cause".
  [/\b([a-z]{2,}in)'(?![a-z])/g, '$1g', "in'"],
  [/(^|[^a-z])'bout\b/g, '$1about', "'bout"],
  [/(^|[^a-z])'cause\b/g, '$1because', "'cause"],
];

// Text-speak and spelling variants folded so one lexicon entry covers them.
const WORD_FOLDS = new Map<string, string>(
  Object.entries({
    u: 'you',
    ur: 'your',
    r: 'are',
    n: 'and',
    ya: 'you',
    thx: 'thanks',
    ty: 'thanks',
    pls: 'please',
    plz: 'please',
    tmrw: 'tomorrow',
    tmr: 'tomorrow',
    tmw: 'tomorrow',
    tomoz: 'tomorrow',
    '2moro': 'tomorrow',
    '2day': 'today',
    tonite: 'tonight',
    im: 'i am',
    ive: 'i have',
    dont: 'do not',
    cant: 'can not',
    wont: 'will not',
    didnt: 'did not',
    doesnt: 'does not',
    isnt: 'is not',
    havent: 'have not',
    hasnt: 'has not',
    wasnt: 'was not',
    arent: 'are not',
    couldnt: 'could not',
    wouldnt: 'would not',
    shouldnt: 'should not',
    whats: 'what is',
    hows: 'how is',
    thats: 'that is',
    theres: 'there is',
    youre: 'you are',
    theyre: 'they are',
    yep: 'yes',
    yeah: 'yes',
    yup: 'yes',
    okay: 'ok',
    okey: 'ok',
    k: 'ok',
    kk: 'ok',
    colour: 'color',
    colours: 'colors',
    favourite: 'favorite',
    licence: 'license',
    neighbour: 'neighbor',
    neighbours: 'neighbors',
    tyre: 'tire',
    tyres: 'tires',
    catalogue: 'catalog',
    programme: 'program',
    centre: 'center',
    organise: 'organize',
    organised: 'organized',
    apologise: 'apologize',
    apologised: 'apologized',
    realise: 'realize',
    realised: 'realize',
    recognise: 'recognize',
    prioritise: 'prioritize',
    cancelled: 'canceled',
    travelled: 'traveled',
    enquiry: 'inquiry',
    cheque: 'check',
    diarise: 'diarize',
    behaviour: 'behavior',
    honour: 'honor',
    labour: 'labor',
    analyse: 'analyze',
    mins: 'minutes',
    min: 'minute',
    hrs: 'hours',
    hr: 'hour',
    secs: 'seconds',
    sec: 'second',
    convo: 'conversation',
    appt: 'appointment',
    asap: 'as soon as possible',
    eod: 'end of day',
    cob: 'close of business',
    eow: 'end of week',
    fyi: 'for your information',
    btw: 'by the way',
    rn: 'right now',
    atm: 'at the moment',
    idk: 'i do not know',
    nope: 'no',
    nah: 'no',
    alright: 'all right',
    cannot: 'can not',
    gonna: 'going to',
    wanna: 'want to',
    gotta: 'got to',
    gimme: 'give me',
    lemme: 'let me',
    kinda: 'kind of',
    dunno: 'do not know',
    // Day abbreviations that are not also everyday words (unlike "sat", "wed", "sun").
    thurs: 'thursday',
    thur: 'thursday',
    fri: 'friday',
    tues: 'tuesday',
    weds: 'wednesday',
    b4: 'before',
    '2nite': 'tonight',
    tmoro: 'tomorrow',
    wk: 'week',
    // Dropped g's typed without the apostrophe ("lookin for a car", "gettin on"), for the verbs calls turn on.
    ...Object.fromEntries(
      [
        'look',
        'gett',
        'go',
        'com',
        'do',
        'putt',
        'lett',
        'runn',
        'think',
        'talk',
        'ask',
        'try',
        'wonder',
        'check',
        'call',
        'ring',
        'say',
        'wait',
        'send',
        'mak',
        'tak',
        'hav',
        'work',
        'shopp',
        'buy',
        'sell',
        'driv',
        'mov',
        'hold',
        'plann',
        'hop',
        'follow',
        'reach',
        'bring',
        'chas',
        'sort',
        'book',
        'pick',
        'fix',
        'dropp',
        'nothin',
        'somethin',
        'anythin',
        'everythin',
      ].map((stem) => (stem.endsWith('in') ? [stem, `${stem}g`] : [`${stem}in`, `${stem}ing`])),
    ),
    // Everyday misspellings of the days a step is set for: "tomorow", "thrusday", "wensday".
    tomorow: 'tomorrow',
    tommorow: 'tomorrow',
    tommorrow: 'tomorrow',
    tomorro: 'tomorrow',
    thrusday: 'thursday',
    thursady: 'thursday',
    wensday: 'wednesday',
    wednsday: 'wednesday',
    wendsday: 'wednesday',
    saterday: 'saturday',
    satuday: 'saturday',
    tuseday: 'tuesday',
    fridy: 'friday',
    // And of the words a commitment or a piece of news turns on.
    colect: 'collect',
    recieve: 'receive',
    recieved: 'received',
    definately: 'definitely',
    finaly: 'finally',
    calender: 'calendar',
    arrnage: 'arrange',
    gaurantee: 'guarantee',
    deliverd: 'delivered',
  }),
);

const SHORT_DAYS: Record<string, string> = { mon: 'monday', wed: 'wednesday', sat: 'saturday', sun: 'sunday' };
const SHORT_DAY = /\b(?:mon|wed|sat|sun)\b(?= (?:\d|at \d|morning|afternoon|evening|night|lunch|am\b|pm\b|the \d))/g;

// Matches only the whole words the map folds, so the common case (no such word) allocates nothing.
const WORD_FOLD_PATTERN = new RegExp(`(?<![a-z0-9_])(?:${[...WORD_FOLDS.keys()].sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9_])`, 'g');

// eslint-disable-next-line no-control-regex -- \x00 is the bottom of the ASCII range, not a stray control character
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ACCENTED = /[\u00c0-\u024f]/;

/**
 * Lower-cases and folds a turn for phrase matching: HTML and entities removed, curly quotes and dashes folded,
 * contractions expanded, text-speak and British spellings mapped. Never throws; reads at most MAX_ANALYSED_CHARS.
 */
export function normalizeText(raw: unknown): string {
  let text = typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
  if (text.length > MAX_ANALYSED_CHARS) text = text.slice(0, MAX_ANALYSED_CHARS);
  // Each rewrite below runs only when the text holds what it looks for: most turns are short plain ASCII, which NFKC
  // and the typographic folds leave as they are.
  const ascii = ASCII_ONLY.test(text);
  if (!ascii) {
    try {
      text = text.normalize('NFKC');
      // Accents folded too ("cafés", "naïve"), so one lexicon entry covers both spellings; only accented letters need it.
      if (ACCENTED.test(text))
        text = text
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .normalize('NFC');
    } catch {
      // Lone surrogates can make normalize throw in some engines; the raw text is still usable.
    }
  }
  if (text.includes('<')) text = text.replace(/<[^<>]{0,300}>/g, ' ');
  if (text.includes('&')) {
    text = text.replace(/&(#?\w{1,8});/g, (whole, name: string) => (Object.hasOwn(ENTITIES, name.toLowerCase()) ? ENTITIES[name.toLowerCase()]! : whole));
  }
  text = text.toLowerCase();
  if (!ascii || text.includes('`')) text = text.replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\uFF07]/g, "'");
  if (!ascii) {
    text = text
      .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, ' - ')
      .replace(/\u2026/g, '...');
  }
  if (text.includes('-')) text = text.replace(/\be-mail/g, 'email').replace(/([a-z])-(?=[a-z])/g, '$1 ');
  if (text.includes("'s'")) text = text.replace(/([a-z])'s'/g, "$1s'");
  if (text.includes("'")) {
    for (const [pattern, replacement, literal] of CONTRACTIONS) if (text.includes(literal)) text = text.replace(pattern, replacement);
  }
  text = text.replace(WORD_FOLD_PATTERN, (word) => WORD_FOLDS.get(word) ?? word);
  // "sat 10", "wed morning", "mon at 9": short days that are everyday words elsewhere ("I sat down") count only before a time.
  if (SHORT_DAY.test(text)) text = text.replace(SHORT_DAY, (day: string) => SHORT_DAYS[day]!);
  // Only runs that are not already one plain space need rewriting: far cheaper than replacing every space.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** Number of words in the text (runs of letters or digits), counted over the whole text in one pass. */
export function countWords(raw: unknown): number {
  const text = typeof raw === 'string' ? raw : '';
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 160;
    if (isSpace) {
      inWord = false;
    } else if (!inWord && isWordStart(text, i, code)) {
      inWord = true;
      count++;
    }
  }
  return count;
}

function isWordStart(text: string, index: number, code: number): boolean {
  // Fast path for ASCII letters and digits; other characters are tested with Unicode classes.
  if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 128) return false;
  return /[\p{L}\p{N}]/u.test(text.charAt(index));
}
