import { has, phraseSet } from './phraseSet';
import { normalizeText } from './normalizeText';

const PEOPLE =
  '(?:anyone|anybody|someone|somebody|people|friends?|family|relatives|neighbors?|colleagues?|co ?workers?|peers?|mates?|buddies|buddy|pals?|contacts|connections|acquaintances|business owners|others|folks|(?:any|other|fellow) (?:\\w+ )?(?:businesses|companies|departments|teams|managers|clinics|offices|practices|owners|people|folks|friends|colleagues|contacts|firms|practices|drivers|buyers|shoppers))';
const NEEDS =
  '(?:who|that|in the market|looking|shopping|needing|needs|need|interested|wanting|wants|after|thinking|could|might|would|may|considering|in need)';

/** The rep asks for a referral: anyone you know who might need one, pass my name on, tell your friends. */
export const REFERRAL = phraseSet(
  // Not the rep's own claim ("I've got two other people looking at it"), which is pressure, not an ask.
  '(?<!(?:^|[.,!?] |and |but |so )(?:i|we|i have|we have|there are|they) )(?:know|got|have|think of|any|recommend|refer) (?:of )?(?:any )?(?:\\w+ ){0,2}' +
    PEOPLE +
    '(?: \\S+){0,5}? ' +
    NEEDS,
  '(?:an?other|any other|other|any) (?:\\w+ )?(?:practices?|clinics?|businesses|companies|firms|offices|cafes?|shops?|owners|managers|people|folks|friends|colleagues|contacts) (?:that |who )?you (?:know|can think of|deal with|swap notes with|talk to)',
  '(?:any|know) (?:friends|family|neighbors|colleagues|mates|buddies|pals|contacts|peers)(?: or (?:family|friends|neighbors|colleagues|mates))?',
  '(?:anyone|anybody|someone|somebody|nobody|no one) (?:else )?(?:you know|you can think of|in your (?:\\w+ )?(?:circle|network|street|family|office|building|industry|area|neighborhood|line of work|trade))',
  'refer(?:ral|rals|ring|red)?(?! to )(?: anyone| someone| a friend| us| me| people| them| a colleague| any| back)?',
  '(?:pass(?:ing)?|giv(?:e|ing)|shar(?:e|ing)|mention(?:ing)?|drop(?:ping)?|hand(?:ing)?) (?:on |along |out )?(?:my|our) (?:name|number|details|card|info|information|contact)',
  'who (?:do|else do|might|would|else might) you know (?:that|who)',
  'mention my name',
  // "Anyone at your work looking for a car?", "anyone in the family who's shopping for a vehicle?"
  '(?:anyone|anybody|someone|somebody) (?:at|in|from|among) (?:your |the |my )?(?:work|workplace|office|family|street|neighbou?rhood|team|company|circle|club|church|gym|building|friends)(?: \\S+){0,6}? (?:(?:who is|who are|that is|who) )?(?:in the market|looking|shopping|needing|needs|after|thinking (?:of|about) (?:buying|getting|a new))',
  'tell (?:your|any|all your) (?:friends|family|neighbors|colleagues|mates|contacts|network|peers|people|clients|customers)',
  'put in a (?:good )?word',
  'introduce (?:me|us) to',
  'recommend (?:us|me|our \\w+) to',
  'spread the word',
  'send (?:anyone|them|people|friends|folks|others|business|anybody|referrals) (?:my|our) way',
  '(?:send|point) (?:them|anyone|people|friends|folks) (?:over to (?:me|us)|along to (?:me|us)|to (?:me|us)|my way|our way)(?! (?:by|with|in|on|at) )',
  '(?:send|point) (?:them|anyone|people|friends|folks) over(?= *(?:[.!,]|$| and i| i will))',
  'who else(?: (?:round|around|near|by|in|on) (?:you|yours|your \\w+))? (?:do you know|might|could|would|in your|should i)',
  // "Any cafés you'd put us onto?": leads asked for as an introduction.
  '(?:anyone|anybody|someone|somebody|people|folks|cafes?|shops?|businesses|practices?|clinics?|firms?|companies|owners|friends|mates|contacts|colleagues) you (?:would|could|might|can) (?:put|point|send|steer) (?:us|me) (?:onto|on to|towards|in touch with)',
  '(?:is there|are there|know of|know|any) (?:an?other|any other|other|any) (?:\\w+ ){1,4}(?:that|who) (?:might|could|would|may|need|needs|want|wants|are looking|is looking)',
  'word of mouth',
  '(?:do|would|might) you (?:happen to )?know (?:of )?(?:any (?:other )?(?:\\w+ )?(?:practices?|clinics?|businesses|companies|firms|offices|cafes?|shops?|owners|managers|people|folks|friends|colleagues|dentists?|drivers|fleets?|operators|surgeries)|anyone|anybody|someone|somebody)',
  '(?:happy|willing|open) to (?:share|pass|give) (?:a )?(?:name|names|contact|introduction)',
  'names of (?:anyone|people|friends|colleagues)',
  // Leads asked for by another name: "who in your circle is after a new car? just names and numbers".
  'who in your (?:\\w+ )?(?:circle|network|street|family|office|building|team|work|club|crowd|lot)(?: \\S+){0,6}? (?:after|looking|in the market|needing|shopping|thinking (?:of|about) (?:buying|getting|a new))',
  'names (?:and|n|&) (?:numbers|emails|contacts|details)',
  // Asked about other people, not claimed: "anybody in the market for a car?", "anyone else at Halvorsen who'd get value out of it?"
  // (a question, and not about the customer's own logins or seats).
  '(?:anyone|anybody|someone|somebody)(?: else)?(?: (?:at|in|on|from|over at)(?: \\S+){1,3}?)? (?:(?:who|that) (?:is|are|would|might|could|may) (?:be )?)?(?:in the market|looking for|shopping for|shopping around|after a|fed up|interested in|get value|benefit)(?![^.!?]*\\b(?:logins?|seats?|users?|licen[cs]es?)\\b)(?=[^.!?]*\\?)',
  // "Anyone at another practice who's still chasing no-shows by phone?", "anybody who might want to switch their cover to us?"
  '(?:anyone|anybody|someone|somebody)(?: else)?(?: (?:at|in|on|from) (?:\\S+ ){1,3}?)? ?(?:who|that) (?:is |are |would |might |could |may )?(?:still )?(?:want to (?:switch|move|change|try)|chasing|struggling|stuck with|fed up|could use|would benefit|might benefit|unhappy with)(?![^.!?]*\\b(?:logins?|seats?|users?|licen[cs]es?|demo|meeting|call)\\b)(?=[^.!?]*\\?)',
  // "Anyone else at Halvorsen, like finance maybe, who'd love to see the forecasting stuff?" (not who else joins the demo).
  '(?:anyone|anybody|someone|somebody) else(?: (?:at|in|on|from|over at) (?:\\S+ ){1,5}?)? ?(?:who|that) (?:would |might |could |may )?(?:\\w+ )?(?:love|like|want) to (?:see|hear about|try|learn about|know about)(?![^.!?]*\\b(?:logins?|seats?|users?|licen[cs]es?|demo|meeting|call|summary|form|quote|invite)\\b)(?=[^.!?]*\\?)',
  // "Any other practice or clinic you know that's fed up with theirs?"
  '(?:an?other|any other|any) (?:\\w+ )?(?:practices?|clinics?|businesses|companies|firms|offices|cafes?|shops?|surgeries|garages|depots|owners|people|folks|friends|colleagues) or (?:\\w+ )?(?:practices?|clinics?|businesses|companies|firms|offices|cafes?|shops?|surgeries|garages|depots|owners|people|folks|friends|colleagues) (?:that |who )?you (?:know|can think of|deal with)',
  // "If there's another practice near you still chasing no-shows, I'd love an intro."
  '(?:love|appreciate|welcome|be grateful for|be glad of) (?:an? )?(?:intro|introduction|referral|recommendation)(?! to (?:the|our|this|that|your))',
);

/** The rep proposes a concrete next step: a meeting, demo, visit, order, callback or document. */
export const NEXT_STEP = phraseSet(
  '(?:can|could|shall|should|may|might) (?:we|i) (?:go ahead and )?(?:book|schedule|set up|set|pencil|lock in|put|arrange|get|meet|come|drop|stop|swing|pop|call|ring|phone|send|email|hold|reserve|organize|plan|fix|confirm|go ahead|place|grab|do|get you|have)',
  // A suggestion stated, not asked: "we could start it from the 1st of next month".
  '(?:we|i) (?:could|can) (?:start (?:it|that|them|you|the \\w+)|set (?:it|that|you|this|them) up|book (?:it|that|you|them|the \\w+)|kick (?:it|that|things) off|get (?:it|that|you|this|them) (?:started|going|set up|booked|in)|put (?:you|it|that) (?:down|in))',
  '(?:how|what) about (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next|this|the \\d|a \\w+ (?:call|visit|demo|meeting|appointment)|\\d|we)',
  'how does (?:\\w+ ){0,4}(?:sound|work|look|suit)',
  '(?:would|will|does|could|can|is) (?:\\w+ ){0,4}(?:work|suit|be (?:ok|good|better|convenient|possible|fine|easier|best))(?: for you| for your team| for her| for kim| for them)? ?\\?',
  '(?:let us|let us go ahead and) (?:book|schedule|set|say|pencil|lock|put|get|meet|plan|aim|go with|do|fix|arrange|make it|find)',
  '(?:are|would|will) you (?:be )?(?:free|available|around|able to (?:come|meet|make|do|join|pop|swing|stop))',
  '(?:can|could|would|will) you (?:\\w+ )?(?:come|bring|pop|swing|drop|stop|make it|meet|join|visit|be (?:free|available|around))',
  'when (?:would|could|can|is|are|will|might|does|do) (?:\\w+ ){0,3}(?:good|best|suit|work|convenient|free|available|come|meet|a good time|be a good time|be best)',
  'what (?:time|day|date|times|days|slot)s? (?:works|work|suits|suit|would|is good|is best|are good|is easiest|are you free)',
  'which (?:day|time|slot|date|one|works|option)',
  '(?:do|would) you (?:want|like) (?:me )?to (?:book|schedule|come|go ahead|place|order|reserve|hold|set|put|lock|sign|pencil|start|try|see|meet|drop|get|receive|have)',
  'want me to (?:send|book|hold|put|email|schedule|call|reserve|set|place|go ahead|come|bring|drop|ring|pencil)',
  '(?:shall|should) i (?:send|book|put|schedule|call|ring|email|hold|reserve|go ahead|set|pencil|place|bring|drop|come)',
  '(?:i can|i could|i will|i would be happy to|happy to|glad to|i am happy to) (?:send|email|book|hold|reserve|pencil|put you down|set (?:it|that|you|this) up|come|bring|drop|swing|pop|schedule|call you|ring you|get you in|get that booked|put it in)',
  '(?:place|put in|go ahead with|confirm|lock in|sign off on|sign|set up) (?:the|an|that|this|your|a|our) (?:\\w+ )?(?:order|booking|appointment|demo|visit|reservation|call|meeting|session|test drive|renewal|policy|trial)',
  '(?:book|schedule|set up|arrange|pencil|put|slot|fit|lock) (?:you|it|that|this|them|her|him|your team|kim|the \\w+|a \\w+|something|a time) (?:in|down|for|on|up)',
  "(?:in|on|into) (?:the|your|my|her|our|kim's|the team's) (?:diary|calendar|schedule)",
  'calendar (?:invite|invitation|hold)',
  'send (?:you |over |through |her |kim |them )?(?:a|an|the) (?:invite|invitation|confirmation|calendar|link|booking)',
  // A visit, not an arrival ("the blue one has come in").
  '(?<!(?:has|have|had|just|it|they|one|car|stock|order) )come (?:in|by|down|over|and see|take a look)',
  '(?:drop|stop|swing|pop) (?:by|in|over)',
  'see you (?:on|at|then|next|this|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday)',
  '(?:does|is|would) (?:that|this|it) (?:work|ok|okay|suit|sound (?:good|ok|all right))',
  'works for you',
  'sign (?:you )?up',
  // Booked through someone else: "I'll get Kim to put 45 minutes in", "shall I have your assistant send an invite?"
  '(?:i will|i can|i could|let me|shall i|i am going to) (?:get|have|ask) (?:\\w+ ){1,2}(?:to )?(?:book|put|schedule|set up|slot|pencil|send|arrange|find)',
);

/** The rep leaves the next move to the customer: "let me know", "I'm here if you need me", "they know where to find me". */
export const LEAVES_OPEN = phraseSet(
  'let (?:me|us) know(?! (?:which|what) (?:day|time|date|slot|one)| if (?:monday|tuesday|wednesday|thursday|friday|that time|the \\d|\\d))',
  '(?:i am|we are|i will be|we will be) (?:always |still )?(?:here|around|available)(?: for you)? (?:if|whenever|when|should) (?:you|anything)',
  'here if you need',
  '(?:give|drop) (?:me|us) a (?:call|ring|shout|buzz|line|bell|text|email)(?: back)? (?:if|when|whenever|anytime|any time|at some point|sometime)',
  '(?:call|ring|phone|email|contact|text) (?:me|us)(?: back)? (?:if|when|whenever|anytime|any time|at some point|sometime|once)',
  'know where to find (?:me|us)',
  'you know where (?:we are|i am|to reach|to get|we live)',
  '(?:you|they) (?:have|have got|know) (?:my|our) (?:number|details)',
  '(?:reach out|get in touch|get back to (?:me|us)|shout) (?:if|when|whenever|anytime|any time|at some point|once)',
  'feel free to (?:call|reach|get in touch|contact|ring|email|give)',
  '(?:do not|never) hesitate',
  'whenever you (?:are|feel) ready',
  '(?:whenever|when|if) you (?:get|have|find) (?:a |the )?(?:chance|minute|moment|second|sec|time)',
  'when(?:ever)? you are ready(?:,)? (?:just )?(?:call|ring|let|give|reach|get)',
  'you (?:have|have got|got) my (?:number|details|card|email)',
  'if you (?:ever )?need (?:anything|something|me|us|help)',
  'if (?:anything|something) (?:comes up|changes|else comes up)',
  'if you change your mind',
  'keep (?:me|us) (?:posted|updated|informed|in the loop)',
  "(?:the )?ball(?:'s| is) in your court",
  '(?:only|just) a (?:phone )?call away',
  'up to you',
  'in your own time',
  'no (?:rush|pressure)(?:,|\\.)? (?:just )?(?:call|ring|let|get|reach|give)',
);

/** The rep checks whether now is a good time, or shows they heard the customer is busy. */
export const CHECKS_TIME = phraseSet(
  '(?:is|would) (?:now|this|it|today) (?:still )?(?:an? )?(?:good|bad|ok|okay|convenient|decent|terrible|busy|all right|awkward|reasonable) (?:time|moment)?',
  '(?:is|would) (?:now|this) (?:ok|okay|all right|convenient)',
  // "Hope this is an OK time", "hope I've not caught you at a bad moment": the same check, said as a hope.
  'hope (?:this|now|it|that) (?:is|s) (?:an? )?(?:ok|okay|good|all right|alright|convenient|decent) (?:time|moment)',
  'hope i (?:have not|did not|am not) (?:caught|catching|calling) you (?:at )?(?:a )?(?:bad|busy|awkward)',
  '(?:do|have) you (?:got|have)(?: got)? (?:a )?(?:minute|moment|sec|second|couple of minutes|few minutes|two minutes|quick minute|spare minute|2 minutes|five minutes|minute or two)',
  '(?:have|do) you (?:got|have)(?: got)? (?:one|1|two|2|three|3|five|5|sixty|60|thirty|30|ninety|90|ten|10|fifteen|15|twenty|20) (?:quick |spare )?(?:minutes?|mins?|seconds?|secs?|moments?)',
  '(?:can|could) you (?:spare|give me) (?:me )?(?:a|one|1|two|2|three|3|five|5|ten|10|a few|a couple of|sixty|60|thirty|30|ninety|90) (?:quick )?(?:minutes?|mins?|seconds?|moments?|secs?)',
  '(?:caught|catch|catching) you (?:at )?(?:a )?(?:bad|good|busy|ok|okay|convenient|awkward|in the middle)',
  '(?:can|could) you (?:talk|chat|speak)(?: now| right now| for a (?:minute|moment|sec))?\\?',
  '(?:are you|you) (?:free|able) to (?:talk|chat|speak)',
  '(?:free|around|available) for a (?:quick |short |brief )?(?:sec|second|minute|moment|chat|word|call)',
  '(?:got|have) (?:a |two |2 |five |5 |ten |10 )?(?:quick )?(?:sec|second|minute|minutes|mins?|moment)\\?',
  '(?:i know|i realize|i understand|i appreciate|sounds like) (?:that )?you are (?:busy|slammed|swamped|pressed|short on time|on a deadline|in the middle)',
  '(?:would|is) (?:later|another time|tomorrow|this afternoon|a different time) (?:today )?(?:be )?(?:better|easier|best)',
  'when (?:is|would be|will be) (?:a )?better (?:time|moment)',
  '(?:shall|should|can|could) i (?:call|ring|try) (?:you )?(?:back )?(?:later|another time|at a better time|this afternoon|tomorrow)',
  'i will let you (?:go|get back)',
  // "Two minutes on something that affects your vans, ok?": minutes asked for on a topic.
  '(?:one|two|2|a couple of|five|5|thirty|30|sixty|60|ninety|90|a) (?:quick )?(?:minutes?|mins?|seconds?|secs?) (?:on|about) [^?.!]*\\?',
  // "Are you in the thick of something? I'd need about a minute and a half of you."
  '(?:are you|you are|you) (?:in the (?:thick|middle) of (?:something|anything|it)|up to your (?:eyes|neck|ears))',
  '(?:i would|i will|i) (?:only |just )?need (?:about |just |maybe |roughly )?(?:a|one|two|three|a couple of|\\d+) (?:quick )?(?:minutes?|moments?|seconds?|mins?)(?: and a half)? of (?:you|your time)',
);

/** The rep promises to be brief: an announcement, worth something only when the call keeps it. */
export const PROMISES_BREVITY = phraseSet(
  '(?:i will|i am going to|let me|i promise to|going to|will) (?:be|keep (?:it|this)|make (?:it|this)) (?:very |super |really )?(?:quick|brief|short|fast|snappy)',
  'keep (?:it|this) (?:to|under|within) (?:that|a minute|one minute|two minutes|\\w+ minutes?|\\w+ seconds?)',
  '(?:only|just|it will|it should|this will|this should|it|this) (?:takes?|need|needs|be|will take|should take) (?:about )?(?:two|2|a few|a couple of|one|a|60|thirty|30|ninety|90|five|5) (?:minutes?|seconds?|moment)',
  "won'?t take (?:long|more than|a minute|a moment)",
  'will not take (?:long|more than|a minute|a moment|much)',
  'will not keep you(?: long| more than| a minute|$| more)',
  'will not take (?:up )?(?:much|a lot) of your time',
  '(?:in|to) a nutshell',
  '(?:the )?short version',
  '(?:just |very )?briefly',
  'real quick',
  // Asking for them ("you got two minutes?") checks the time; it does not promise anything.
  '(?<!(?:got|have|spare|give me|you) )(?:two|2) minutes(?! ?\\?)',
  'quick (?:one|question)',
);

/** The rep says goodbye or ends the call. */
export const CLOSES = phraseSet(
  '(?:good)?bye(?: now| for now)?',
  'talk (?:to you )?(?:soon|later|then|on \\w+|next week|tomorrow)',
  'speak (?:to you |with you )?(?:soon|later|then|on \\w+|next week|tomorrow)',
  'have a (?:good|great|nice|lovely|wonderful|productive) (?:day|one|afternoon|evening|weekend|week|morning)',
  'take care',
  'cheers',
  '(?:thanks|thank you) (?:again )?for (?:your time|taking my call|the chat|talking|speaking)',
  'i will let you go',
  'catch you later',
  'all the best',
  'enjoy (?:your|the rest)',
  'until then',
);

/** Thanks as the last words, with or without the name ("Will do. Thanks Wendy."): a goodbye when the turn is short. */
export const THANKS_AT_END = phraseSet('(?:thanks|thank you|many thanks)(?:,)?(?: (?:so much|very much|again|a lot))?(?:,)?(?: [a-z]+)? *[.!]* *$');

/** Thanks in any of its everyday forms: "thanks", "thank you", "cheers", "ta" (not "ta-ra", a goodbye). */
const THANKS = phraseSet('thanks', 'thank you', 'thank u', 'cheers', 'ta(?! ra)');

/** True when a line thanks someone; a reply that already has, does not again in its goodbye. */
export function thanks(text: string): boolean {
  return has(THANKS, normalizeText(text));
}

/** The rep asks for, or promises, a callback: "call me back", "I'll try you again". */
export const CALLBACK = phraseSet(
  '(?:call|ring|phone|reach|text|email) (?:me|us)(?: back)?',
  '(?:give|drop) (?:me|us) a (?:call|ring|buzz|bell|shout|line|text)',
  '(?:i will|i am going to|i can|i shall|let me) (?:give|drop) you a (?:call|ring|buzz|bell|shout|line|text|try|bell)',
  '(?:i will|i am going to|i can|i shall|let me) (?:try|ring|phone|call|text|buzz|catch|reach) you(?! know)',
  '(?:i will|i am going to|i can|i shall|let me) (?:call|ring|phone|try|reach|text|email|catch) (?:you|back)',
  'call you back',
  'try you (?:again|back)',
  // "I'll give you another try Thursday at five."
  '(?:i will|i am going to|i can|i shall|let me) (?:give you|have) (?:another|a (?:second|further)|one more) (?:try|ring|call|go|bell|buzz|shout)',
  'get back to (?:me|us)',
  '(?:my|our|the) (?:direct )?(?:number|line|cell|mobile) is',
);

/** Verbs of a next contact or meeting, which turn a dated question into a proposal ("can you do Thursday for the visit?"). */
export const STEP_VERB = phraseSet(
  'book(?:ed|ing)?',
  'schedul(?:e|ed|ing)',
  'call',
  'ring',
  'phone',
  'come',
  'coming',
  'visit',
  'meet',
  'meeting',
  'drop',
  'send',
  'email',
  'pop',
  'swing',
  'stop by',
  'pencil',
  'hold',
  'reserve',
  'set (?:up|it up|that up)',
  'catch up',
  'talk',
  'chat',
  'speak',
  'demo',
  'order',
  'sign',
  'start',
  'deliver(?:y)?',
  'see (?:it|you|them)',
  'test drive',
  'appointment',
  'slot',
  // Free as in available ("are you free Thursday?"), not as in no charge ("free oil changes").
  '(?:you|be|are|is|you are|am) free',
  'free (?:on|at|this|next|tomorrow|today|tonight|for a|to|any|later|then|in the)',
  'available',
  'suit',
  'work',
  'do',
);

/** Speaking or meeting again, not sending something: "I'll call you Tuesday by noon", "I'll drive them over Wednesday at 4". */
export const MEETS_AGAIN = phraseSet(
  'call',
  'ring',
  'phone',
  'speak',
  'talk',
  'meet',
  'chat',
  'catch up',
  // Spoken calls: "I'll give you a bell Thursday", "I'll try you after lunch", "touch base Monday".
  '(?:give|drop) you a (?:bell|buzz|shout|tinkle)',
  'try you',
  'touch base',
  'visit',
  'see you',
  '(?:come|pop|swing|stop|drop) (?:in|by|round|over)',
  '(?:drive|bring|drop|run) (?:\\w+ )?(?:over|round|off|by|to you)',
);
