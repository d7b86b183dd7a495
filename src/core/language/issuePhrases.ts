import { contentClauses } from './contentWords';
import { phraseSet } from './phraseSet';

/** The rep acknowledges or apologises for a problem. */
export const ACKNOWLEDGE = phraseSet(
  '(?:i am |we are )?(?:so |really |very |terribly |truly )?sorry',
  'apolog(?:y|ies|ize|ized|izing)',
  'my apologies',
  '(?:that|it|this) (?:is|was|is just|is really|is definitely|has been) (?:not (?:ok|acceptable|good enough|right|on|fair|great|what we promised)|unacceptable|frustrating|annoying|inexcusable|my fault|our fault|on (?:me|us)|a fair point|fair|a mess|too long|way too long|bad|poor|disappointing)',
  '(?:i|we) (?:dropped the ball|let you down|messed up|slipped up|owe you|should have|failed)',
  '(?:you are|you were) (?:right|absolutely right|quite right)',
  'you should (?:have|not have to|never have)',
  'should (?:have|not have) (?:been|happened|taken|arrived|come)',
  '(?:i )?(?:completely |totally |fully )?(?:understand|hear you|see why|can imagine|can see why|appreciate)',
  // "Totally get it", not "did you get it OK?" or "I'll get it to you".
  '(?<!(?:you|to|we|they|did|do|does|will|would|could|should|can|not|never) )(?:i )?(?:completely |totally |fully )?get it\\b(?! (?:to|over|sorted|done|fixed|back|delivered|sent|ok|okay|right|out)\\b)',
  '(?:must be|sounds|that sounds|that is) (?:really |so )?(?:frustrating|annoying|a pain|a hassle|inconvenient|stressful|a nuisance|maddening)',
  '(?:thank you|thanks) for (?:telling|letting|flagging|raising|bringing)',
  '(?:i|we) take (?:full )?(?:responsibility|ownership)',
  '(?:that|this) (?:one )?is on (?:me|us)',
  'fair enough',
  'understood',
  'not good enough',
  'my (?:bad|fault|mistake)',
  'our (?:fault|mistake|error)',
);

const FUTURE =
  '(?:i will|i shall|i am going to|i am about to|let me|i can|i could|i would|i will personally|i personally will|i am personally going to|we will|we are going to|my plan is to|i promise to|i will make sure to|i am now going to|i will go and|i will now)';
const STRONG_VERB =
  '(?:give (?:\\w+ ){1,3}a (?:bell|ring|call|buzz|tinkle)|try you|bell|call|ring|phone|contact|email|text|message|send|courier|overnight|ship|deliver|drive|drop|bring|hand deliver|book|schedule|arrange|set up|escalate|chase|track down|expedite|rush|collect|pick (?:up|them up|it up)|fetch|swap|exchange|correct|amend|resend|re ?send|re ?issue|issue|process|approve|authori[sz]e|honou?r|match|extend|post|put (?:that|it) in writing|(?:pop|stick|bung|shove|fire|whack|chuck|ping|shoot) (?:\\w+ ){0,6}?(?:in|into|over|across|through|off|to you)\\b|put it right|speak (?:to|with)|talk (?:to|with)|get (?:on the phone|hold of|in touch)|go (?:down|over|to)|walk (?:over|down)|visit|fix|replace|refund|credit|cover|pay|waive|reserve|hold|order|put (?:in|through)|raise|file|log|confirm|check with|reach out to|get (?:them|it|those|these|the \\w+|your \\w+) (?:to you|over to you|out to you|delivered|sent|couriered|shipped|fixed|replaced|sorted by|done by|registered)|have (?:them|it|someone|somebody|my \\w+|the \\w+|a \\w+) (?:\\w+ )?(?:couriered|delivered|sent|dropped|brought|shipped|fixed|replaced|call|ring|bring|drop|deliver|drive))';

/** The rep commits to a specific action ("I'll call the registration office", "I've already emailed the warehouse"). */
export const SPECIFIC_ACTION = phraseSet(
  FUTURE +
    ' (?:also |personally |then |first |immediately |now |right away |straight away )?' +
    STRONG_VERB +
    '(?! (?:you )?(?:if|whenever|when you are ready|sometime|some time|at some point))',
  'i (?:have |had )?(?:already |just |personally )?(?:called|emailed|spoken (?:to|with)|talked (?:to|with)|booked|arranged|sent|chased|escalated|ordered|confirmed|rang|phoned|checked with|reserved|put (?:in|through)|raised|filed|logged|contacted|texted|couriered|shipped|expedited)',
  'i am (?:calling|ringing|phoning|emailing|sending|driving|bringing|booking|escalating|chasing|couriering|contacting|shipping|expediting|dropping|arranging|holding|keeping|reserving|collecting|picking up|fixing|replacing|refunding|crediting|waiving)(?! (?:you )?(?:about|regarding|because|to|with|re|as|on behalf|back|for|since|in regards))',
  '(?:they|it|those|these|your \\w+|the \\w+) (?:will|are going to|should|is going to) (?:be (?:delivered|couriered|shipped|dropped off|with you|at your|in your|ready|there|here|sent))',
  'consider it (?:done|sorted|handled)',
  // "I'll have the actual figure in writing to you by close tomorrow": delivered by a time, in the way reps say it.
  '(?:i will|we will|i can|i am going to) (?:get|have) (?:it|them|that|this|the \\w+(?: \\w+){0,4}?|an? \\w+(?: \\w+){0,4}?) (?:\\S+ ){0,3}?(?:to|with|over to|across to|back to) you',
  // Second-language English often drops the "will": "I send you the full price tomorrow before 12", "I write to Kim today".
  '(?:^|(?<=[.,;!?] )|(?<=and |so |then |ok |okay ))i (?:go|send|write|call|ring|phone|email|bring|deliver|drop|come|book|pick|collect|fix|arrange|put|check|get)(?= [^.!?]*\\b(?:today|tomorrow|tonight|before \\d|by \\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this (?:afternoon|evening|morning)|at \\d))',
  // A direct status with a firm time owns it just as well ("It is on the truck now and will be with you tomorrow by 9").
  '(?:and|which|that) (?:will|should|is going to|are going to) be (?:delivered|couriered|shipped|dropped off|with you|at your|in your|there|sent|fixed|replaced)',
  "(?:it|they|those|these|your \\w+|the \\w+) (?:is|are) (?:now |already )?(?:on (?:the|a|its|their|(?:today|tomorrow|tonight|this afternoon|this morning|\\w+day)(?:'s| s)|the next) (?:truck|van|lorry|way|courier|delivery|run)|out for delivery|in transit|dispatched|on its way|on their way)",
  // "The 3 cartons of cups and the oat milk are on the van for this Thursday": whatever the subject, it is loaded.
  "(?:is|are) (?:now |already |all )?(?:on|loaded on|booked on) (?:the|a|(?:this |next )?(?:tomorrow|today|tonight|\\w+day)(?:'s| s)|the next|the late|the early|the first) (?:(?:first|next|early|late|morning|afternoon|usual|same) )?(?:truck|van|lorry|delivery|run|drop) (?:for|on|this|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
  // Put on a run, said as a plan: "two cases of medium go on tomorrow's delivery", "the cups go out on Wednesday's late van".
  "(?:it|they|those|these|your \\w+|the \\w+|(?:\\w+ )?(?:cases?|cartons?|boxes|packs?|units|pallets?) of \\w+) (?:go|goes|are going|is going|will go|come|comes|are coming)(?: out)? on (?:the|a|(?:this |next )?(?:tomorrow|today|tonight|\\w+day)(?:'s| s)|the next|the late|the early|the first) (?:(?:first|next|early|late|morning|afternoon|usual|same) )?(?:truck|van|lorry|delivery|run|drop)",
  '(?:i will|i am going to|let me) make sure (?:that )?(?:it|they|them|the \\w+|your \\w+) (?:is|are|gets?|arrives?|will be|reach(?:es)?) (?:with you|delivered|there|at your|to you|sent|fixed|replaced)',
  '(?:and|then) (?:i will )?(?:have|get) (?:it|them|one|a \\w+|the \\w+) (?:\\w+ )?(?:couriered|delivered|sent|shipped|dropped off|fitted|fixed|replaced|collected)',
  '(?:i will|let me|i am going to) (?:sort|arrange|organize) (?:a|out a|you a) (?:replacement|refund|new \\w+|credit|courier|collection|swap|exchange)',
  // Said without a verb, as terse reps do: "Firm fuel figure and an all-in total, in your inbox by three today."
  '(?:in|into|to|on|at) your (?:inbox|email|desk|door|hands|office)(?: \\S+){0,2}? (?:by|before|at|within|first thing|today|tomorrow|this (?:afternoon|morning|evening))',
  // The second half of a commitment: "I'll collect them Friday and call you by five".
  '(?:and|then) (?:i will )?(?:call|ring|phone|email|text|message) you(?: back)? (?:by|on|at|before|tomorrow|today|tonight|this|first|within|in|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday)',
);

/** A promise with no specific action ("I'll look into it", "leave it with me", "someone will be in touch"). */
export const VAGUE_PROMISE = phraseSet(
  // Not a promise reported from before ("I said I'd sort it and never gave you a day").
  '(?<!(?:said|told you|promised|promised you|said that|told you that) )' +
    FUTURE +
    ' (?:try (?:to|and) )?(?:look into|look at|check(?: on| into| up on| it| that| this)?|find out|see what|see (?:if|about|whether)|get back to you|get back|follow (?:up|that up|it up)|look over|take a look|chase (?:it|that|this) up|sort (?:it|that|this)(?: out)?|get (?:it|that|this) sorted|take care of (?:it|that|this)|handle (?:it|that|this)|deal with (?:it|that|this)|make (?:some|a few) calls|ask around|pass (?:it|that|this) on|mention it|let (?:them|someone) know|get to the bottom|dig into|investigate|note (?:that|it)|make a note|flag (?:it|that|this))',
  '(?:i am|we are) on it',
  'leave it with me',
  '(?:someone|somebody|we|they|the team|our team) will (?:be in touch|get back to you|call you|contact you|reach out|look into)',
  '(?:have|get|ask) (?:someone|somebody|the team|a colleague|them) (?:to )?(?:get back to you|call you|look into|look at|contact you|be in touch|reach out|check)',
  '(?:you would|you will|you should|you need to|you might want to|best to) (?:want to |need to )?(?:ring|call|contact|speak to|talk to|email|phone|reach out to) (?:them|the|our|their)',
  'will do',
  'i will see what i can do',
  'i will try(?! (?:you|again|back|her|him|them)\\b)',
  'i will get (?:on|onto) it',
);

/** Words that look ahead ("will be with you", "arrive Thursday"), so a date in the past ("they were promised by the 16th") is no answer. */
export const LOOKS_AHEAD =
  /\b(?:will|shall|going to|gonna|(?:are|is|be) (?:with you|at yours|at your (?:door|place|shop|cafe|office))|loaded|dispatched for|arrives?|arriving|ships?|shipping|delivers?|delivering|comes?|coming|lands?|landing|goes out|going out|reach(?:es)? you|turns? up|on (?:the|its|their) way|on (?:the|tomorrow'?s|today'?s|tonight'?s|\w+day'?s?|the next|the late|the early) (?:(?:first|second|next|early|late|morning|afternoon|usual|last|same) )?(?:truck|van|lorry|run|drop|delivery))\b|\w'll\b/i;

/** Words that point back at the thing under discussion ("it", "they", "the order"), so "I'm in the office till 5" is not an answer. */
export const POINTS_BACK = /\b(?:it|its|it's|it'll|they|them|they're|they'll|that|this|the order|the delivery)\b/i;

/**
 * Waving the problem away or putting it on someone else: "don't worry about it", "it's just a formality", "the DMV's been
 * slow, it's out of our hands". A turn that does this does not own the problem, whatever it promises next.
 */
export const DISMISSES = phraseSet(
  '(?:do not|no need to|nothing to) worry about (?:it|that|this|the \\w+)',
  '(?:just|only) a formality',
  '(?:it|that) is what it is',
  '(?:it|that|this) is (?:not|no) (?:a )?big (?:deal|thing)',
  // "Whatever they say" after a promise means the promise stands regardless; it is not waving the problem away.
  'whatever (?:it|the market) (?:is|says?|ends up|turns out)',
  'whatever they (?:are|end up|turn out)',
  '(?:out of|not in) (?:our|my) hands',
  'not (?:really )?(?:our|my) (?:fault|lot|doing|problem|department)',
  'nothing (?:i|we) can do',
  '(?:they will|it will|they should|it should) (?:turn up|show up|get there|come) (?:eventually|at some point|sooner or later)',
  '(?:the )?(?:dmv|warehouse|driver|courier|agency|supplier|system|head office|accounts|office|factory|manufacturer|post office|county) (?:has been|have been|was|were|is|are|gets|get|got) (?:\\w+ )?(?:slow|late|short|behind|useless|a nightmare|backed up|swamped|slammed|snowed under|busy|overloaded|rushed off (?:its|their) feet)',
  // Shrugged off as normal: "oh yeah, that happens", "these things happen".
  '(?:that|it|these things|stuff|things like that|mistakes) (?:just )?happens?(?! (?:again|twice|to be))',
  'blame (?:the|it on)',
  // "It was the DMV's fault, not ours."
  'fault,? not (?:ours|mine|us|me)',
);

/** The problem is settled in this very sentence: the missing figure given, the credit approved ("It's fixed at 14 percent"). */
export const RESOLVED_NOW = phraseSet(
  '(?:it is|it has been|that is|they are|they have been|(?:the|your|that) \\w+ (?:is|are|has been|have been)) (?:now |already |all )?(?:fixed at|set at|confirmed at|locked at|agreed at|approved|credited|refunded|reimbursed|waived|cancell?ed for you|corrected)',
  // "its 11%" typed without the apostrophe: before a figure it can only be "it is".
  '(?:it is|its|that is|the \\w+(?: \\w+)? (?:is|comes to|works out at|will be|has come in at|came in at)|comes to|works out at) (?:\\$ ?)?\\d[\\d.,]* ?(?:percent|per cent|%|dollars|pounds|euros|bucks|(?:a|per) (?:month|year|load|mile|case|week))',
  // What was awaited has arrived: "the Pearl Blue one came in today", "your blue one is here"; "to check it arrived" is still to come.
  '(?<!\\b(?:check|checking|see|seeing|make sure|making sure|ensure|confirm|whether|if|once|when|until|till|after|as soon as)(?: that)? )(?:it|they|she|the \\w+(?: \\w+)?(?: one)?|your \\w+(?: \\w+)?(?: one)?) (?:has |have )?(?:just |finally )?(?:came in|come in|came through|come through|arrived|landed|turned up|rolled in|got in|showed up|is here|are here)(?! (?:damaged|broken|wrong|late|short|the wrong|in the wrong))',
);

/** A guess at when, hedged so nobody is held to it: "should be there by Friday", "I reckon next week", "hopefully Monday". */
export const GUESSED_WHEN = phraseSet(
  '(?:should|ought to|might|may|could) (?:well )?(?:be|get|arrive|come|land|turn up|show up|go out|happen)',
  'i (?:would|d) (?:think|say|guess|imagine)',
  // "I think you'll love it" is a pitch, not a guess at a date: only the hedges that come with a when.
  'i reckon',
  'hopefully',
  'fingers crossed',
  'give or take',
  'or so',
);

// A call back to the customer, and what it may carry: "I'll ring you Friday" against "I'll ring you Friday with a date".
const CALL_YOU_BACK =
  /\b(?:i will|i shall|i am going to|i can|let me|we will)(?: \w+)? (?:(?:call|ring|phone|bell|buzz|try|get back to|touch base with|catch up with) (?:you|back)(?: back| again)?|give you a (?:call|ring|bell|buzz|shout|try))\b/g;
const CARRIES_NEWS =
  /\b(?:with|and give you|to give you|to tell you|to let you know) (?:a |an |the |some |your |their )?(?:\w+ )?(?:date|update|answer|news|time|day|confirmation|tracking|figure|price|quote|outcome|result)/;

/** A promise only to call the customer again, and nothing else in the turn: no action on the problem, nothing the call will bring. */
export function onlyCallsBack(normalized: string, names: readonly string[] = []): boolean {
  CALL_YOU_BACK.lastIndex = 0;
  if (!CALL_YOU_BACK.test(normalized) || CARRIES_NEWS.test(normalized)) return false;
  CALL_YOU_BACK.lastIndex = 0;
  const rest = normalized.replace(CALL_YOU_BACK, ' ');
  // Judged by what is left, not by a list of actions: "I'll ring you Friday then" leaves only a day.
  return contentClauses(rest).every((clause) => clause.every((token) => token.stop || token.generic || names.includes(token.word)));
}

/** Chasing someone inside the company ("I'll chase the warehouse today"): work the customer cannot see or hold the rep to. */
const CHASES_INTERNALLY =
  /\b(?:i will|i am going to|let me|i am gonna|i shall) (?:\w+ )?(?:chase|check with|speak to|speak with|talk to|talk with|escalate (?:it|this|that) (?:to|with)|get on to|get onto|push) (?:up )?(?:the |our |my )?(?:warehouse|dispatch|pricing|pricing desk|accounts|depot|team|office|manager|boss|dmv|supplier|courier|drivers?|logistics|head office|ops|operations)\b/;
/** What the customer gets, or hears, and when: the delivery, the figure, a call back. */
const OUTCOME_FOR_THEM =
  /\b(?:you will (?:have|get|hear|see|receive)|(?:back )?to you|with you|in your inbox|arriv\w*|deliver\w*|(?:call|ring|phone|email|text|get back to|update|message) you)\b/;

/** The turn's only commitment is chasing someone in-house, with nothing promised to the customer. */
export function onlyChasesInternally(normalized: string): boolean {
  return CHASES_INTERNALLY.test(normalized) && !OUTCOME_FOR_THEM.test(normalized);
}

/** The rep's own paperwork ("I'll send the confirmation today"): a follow-up on the sale, not an answer to the problem. */
export const OWN_PAPERWORK = /\b(?:the|a|your) (?:confirmation|paperwork|contract|order form|agreement|sign ?up form|direct debit form)\b/;
