import { namesTime } from './timeExpressions';
import { has, phraseSet } from './phraseSet';
import { PRESSURE } from './pressurePhrases';

// Something the customer might want, said to be going: "it won't be there next week", "that rate won't last past Friday".
const GOING =
  /\b(?:it|she|they|this one|that one|this|that|the (?:\w+ )?(?:one|car|slot|model|colour|color|van|unit|spot|place))(?: really| honestly| definitely| probably)? (?:will not|is not going to|are not going to|is not gonna|would not|might not|may not|cannot|can not)( still)? (be (?:here|there|around|available|about|left|going|on the (?:lot|forecourt|shelf|market)|in stock|on offer)|last|hang around|stick around|wait|keep)\b(.*)$/;

// A time the item is said to be gone by; "won't be here until Tuesday" is a delay, not scarcity.
function goingBy(sentence: string): boolean {
  const match = GOING.exec(sentence);
  if (!match) return false;
  const [, still, predicate, rest = ''] = match;
  const delay = /^ (?:until|till|til)\b/.test(rest) && !still && predicate!.startsWith('be ');
  return (
    !delay && (namesTime(rest) || /^ (?:(?:until|till|til|by|past|after|come|over) )?(?:the weekend|long|much longer|for ever|forever|for long)\b/.test(rest))
  );
}

// Money or a signature asked for on the spot: "just need your card", "take a deposit over the phone".
const AMOUNT = '(?:(?:\\$|£|€)\\d[\\d,]*|(?:five|two|three|one|a) (?:hundred|grand|thousand)(?: (?:dollars|pounds|quid|bucks))?)';
const PAYMENT = phraseSet(
  '(?:need|needs|take|get|grab|have|want|put|pop|charge|run|stick|on|give (?:me|us))(?: \\S+){0,3}? (?:your|a|my) (?:credit |debit |bank )?card(?: details| number| info)?',
  '(?:need|take|get|grab|have|want)(?: \\S+){0,3}? your (?:bank|payment|billing) details',
  `(?:need|needs|take|get|grab|have|want|put|pop|charge|do|with|for|secure|reserve|hold)(?: \\S+){0,3}? (?:(?:a|the|your|that|this) (?:\\w+ )?(?:deposit|down payment)|${AMOUNT}(?! (?:off|discount|saving|cheaper|less|miles)))`,
  '(?:need|want|get|have) (?:your|a) signature',
);
const NOW = phraseSet(
  'right now',
  'now',
  'today',
  'tonight',
  'on (?:this|the) call',
  '(?:over|on) the phone',
  'before (?:we|you) (?:hang up|go)',
  'this (?:minute|second)',
);
// The customer's choice, plainly offered, is no demand: "if you'd like to hold it, I can take a deposit by phone".
const CHOICE = phraseSet(
  'if you (?:would |do )?(?:like|want|prefer|wish|decide|are ready|go ahead|fancy)',
  'if you are (?:happy|ok|okay|good|comfortable|ready|sure)',
  'if (?:that|it) (?:helps|suits|works)',
  'whenever you (?:are|like|want)',
  'no (?:rush|pressure|obligation)',
  'up to you',
  'your call',
  'only if',
  'or (?:not|in person|when you come in|at the showroom)',
);

// A yes asked for in so many words: "I'd need you to sign it off", "just give me the nod", "lock it in".
const COMMITMENT = phraseSet(
  '(?:need|want|gotta|got to|have to|must|just|can you|could you) (?:\\w+ )?(?:you to |your )?(?:sign|decide|commit|confirm (?:it|the (?:order|deal|purchase|sale))|agree to (?:it|the deal|the terms)|say yes|go ahead|lock (?:it|this|that) in|give me (?:the|a|your) (?:nod|yes|go ahead|green light|thumbs up|word))',
  // The rep's own close, done to the customer: "I could get you signed up today", "let's get it over the line now".
  'get (?:you|u|it|that|this|everything|the (?:contract|paperwork|deal|order)) (?:\\w+ )?(?:signed|signed up|locked in|on board|over the line)',
  // "Could sign you up today?": the rep's own close, asked for now.
  '(?:could|can|shall|should|will|let) (?:i |me |we |us )?(?:just )?sign (?:you|u) (?:up|on)',
  // A purchase the customer is told to make: "you need to upgrade to Fleet Plus today", "you should switch over now".
  '(?:you|u) (?:really |honestly |seriously )?(?:need|have|gotta|got|must|should|ought|want) (?:to )?(?:really |just |honestly )?(?:upgrade|sign up|buy|order|purchase|switch (?:to|over)|move (?:up|over) to|lock in|go for|commit)',
);
// A deadline within hours that only the rep can see: "that rate's only there till tonight".
const CLOSING_TODAY =
  /\b(?:only|just) (?:there|here|available|good|valid|on|open|running|on offer|live)(?: for you)? (?:till|until|til|to) (?:tonight|today|midnight|close of business|the end of (?:the )?day|five|5|six|6)\b/;

/** Money or a yes asked for on the call itself, not offered as a choice: "I can do it over the phone right now, just need your card." */
function asksCommitmentNow(sentence: string): boolean {
  return (has(PAYMENT, sentence) || has(COMMITMENT, sentence)) && has(NOW, sentence) && !has(CHOICE, sentence);
}

/**
 * Pressure, read from what the rep says rather than from set phrases alone: false urgency or a push (see PRESSURE), an item
 * said to be going by a time the customer cannot check, a deadline within hours, or money or a yes asked for on the spot.
 */
export function pressesNow(normalized: string): boolean {
  if (has(PRESSURE, normalized)) return true;
  return normalized.split(/(?<=[.!?;])\s+/).some((sentence) => goingBy(sentence) || asksCommitmentNow(sentence) || CLOSING_TODAY.test(sentence));
}
