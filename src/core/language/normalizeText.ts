/** Longest stretch of a turn the phrase detectors read; turns are cut far shorter than this before scoring. */
export const MAX_ANALYSED_CHARS = 6_000;

const ENTITIES: Record<string, string> = { amp: '&', nbsp: ' ', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", rsquo: "'", lsquo: "'", ldquo: '"', rdquo: '"', mdash: ' - ', ndash: ' - ', hellip: '...' };

// Pronouns and pronoun-like words whose "'s" means "is"; on other words it is usually possessive and is kept.
const IS_CONTRACTIONS = /\b(it|that|what|how|where|there|here|who|he|she|everything|something|nothing|anything|everyone|someone|nobody|this|when|why)'s\b/g;

// Contractions with an apostrophe, expanded in this order; apostrophe-free slang is folded with the word map below.
const CONTRACTIONS: [RegExp, string][] = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bshan't\b/g, 'shall not'],
  [/\bain't\b/g, 'is not'],
  [/\blet's\b/g, 'let us'],
  [/\by'all\b/g, 'you all'],
  [/n't\b/g, ' not'],
  [/'s been\b/g, ' has been'],
  [IS_CONTRACTIONS, '$1 is'],
  [/'s (?=(?:fine|good|great|ok|okay|perfect|better|best|easier|not|all right|too|really|very|so|still|just|going|getting|coming|looking|done|ready|free|busy|late|due|here|there|gone|on its|on the way)\b)/g, ' is '],
  [/'re\b/g, ' are'],
  [/\bi'm\b/g, 'i am'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'d\b/g, ' would'],
  [/'em\b/g, ' them'],
];

// Text-speak and spelling variants folded so one lexicon entry covers them.
const WORD_FOLDS = new Map<string, string>(Object.entries({
  u: 'you', ur: 'your', ya: 'you', thx: 'thanks', ty: 'thanks', pls: 'please', plz: 'please', tmrw: 'tomorrow', tmr: 'tomorrow',
  tmw: 'tomorrow', tomoz: 'tomorrow', '2moro': 'tomorrow', '2day': 'today', tonite: 'tonight', im: 'i am', ive: 'i have',
  dont: 'do not', cant: 'can not', wont: 'will not', didnt: 'did not', doesnt: 'does not', isnt: 'is not', havent: 'have not',
  hasnt: 'has not', wasnt: 'was not', arent: 'are not', couldnt: 'could not', wouldnt: 'would not', shouldnt: 'should not',
  whats: 'what is', hows: 'how is', thats: 'that is', theres: 'there is', youre: 'you are', theyre: 'they are', yep: 'yes', yeah: 'yes',
  yup: 'yes', okay: 'ok', okey: 'ok', k: 'ok', kk: 'ok', colour: 'color', colours: 'colors', favourite: 'favorite',
  licence: 'license', neighbour: 'neighbor', neighbours: 'neighbors', tyre: 'tire', tyres: 'tires', catalogue: 'catalog',
  programme: 'program', centre: 'center', organise: 'organize', organised: 'organized', apologise: 'apologize', apologised: 'apologized',
  realise: 'realize', realised: 'realize', recognise: 'recognize', prioritise: 'prioritize', cancelled: 'canceled', travelled: 'traveled',
  enquiry: 'inquiry', cheque: 'check', diarise: 'diarize', behaviour: 'behavior', honour: 'honor', labour: 'labor', analyse: 'analyze',
  mins: 'minutes', min: 'minute', hrs: 'hours', hr: 'hour', secs: 'seconds', sec: 'second',
  convo: 'conversation', appt: 'appointment', asap: 'as soon as possible', eod: 'end of day', cob: 'close of business',
  eow: 'end of week', fyi: 'for your information', btw: 'by the way', rn: 'right now', atm: 'at the moment', idk: 'i do not know',
  nope: 'no', nah: 'no', alright: 'all right', cannot: 'can not', gonna: 'going to', wanna: 'want to', gotta: 'got to', gimme: 'give me',
  lemme: 'let me', kinda: 'kind of', dunno: 'do not know',
}));

/**
 * Lower-cases and folds a turn for phrase matching: HTML and entities removed, curly quotes and dashes folded,
 * contractions expanded, text-speak and British spellings mapped. Never throws; reads at most MAX_ANALYSED_CHARS.
 */
export function normalizeText(raw: unknown): string {
  let text = typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
  if (text.length > MAX_ANALYSED_CHARS) text = text.slice(0, MAX_ANALYSED_CHARS);
  try {
    text = text.normalize('NFKC');
  } catch {
    // Lone surrogates can make normalize throw in some engines; the raw text is still usable.
  }
  text = text
    .replace(/<[^<>]{0,300}>/g, ' ')
    .replace(/&(#?\w{1,8});/g, (whole, name: string) => (Object.hasOwn(ENTITIES, name.toLowerCase()) ? ENTITIES[name.toLowerCase()]! : whole))
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\uFF07]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, ' - ')
    .replace(/\u2026/g, '...')
    .replace(/\be-mail/g, 'email')
    .replace(/([a-z])-(?=[a-z])/g, '$1 ')
    .replace(/([a-z])'s'/g, "$1s'");
  if (text.includes("'")) for (const [pattern, replacement] of CONTRACTIONS) text = text.replace(pattern, replacement);
  text = text.replace(/[a-z0-9_]+/g, (word) => WORD_FOLDS.get(word) ?? word);
  return text.replace(/\s+/g, ' ').trim();
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
