import { phraseSet } from './phraseSet';

const PEOPLE = '(?:buyers?|customers?|people|clients?|families|couples?|guys?|folks|dealers?|bidders?|parties|companies|firms|shippers?)';

/**
 * Pressure and false urgency: scarcity the customer cannot check ("another buyer is interested"), a commitment demanded
 * now ("deposit tonight"), or a push on feelings ("you'd be mad not to"). A real deadline on record is news, not this.
 */
export const PRESSURE = phraseSet(
  `(?:another|other|a couple of|two|three|several|a few|lots of|loads of|plenty of) (?:other )?${PEOPLE} (?:who |that )?(?:(?:is|are|have been|has been) )?(?:already )?(?:interested|looking|asking|after|coming|keen|circling|viewing|lined up|sniffing|eyeing|asked|wants?|wanting)`,
  // A decision demanded today, and a price said to lapse tonight: "I need to know today", "the 2,150 rate expires tonight".
  '(?:need|want|have|got) to know (?:today|tonight|now|right now|by (?:tonight|five|5|the end of (?:the )?day|close of business))',
  '(?:rate|price|offer|deal|quote|discount|pricing) (?:expires|ends|lapses|runs out|is gone|goes) (?:tonight|today|at midnight|this afternoon)',
  '(?<!know |know of |think of |recommend )(?:someone|somebody|anyone) else (?:(?:is|was|has been) )?(?:interested|looking|after|keen|coming|asking|eyeing|wants)',
  '(?:will|could|might|is going to|gonna|would) (?:be )?(?:gone|sold|snapped up|go fast|go quickly|not last|disappear)',
  '(?:will not|does not|do not|would not|is not going to) last(?! (?:long|the))?',
  '(?:before|until|till) (?:it is|they are|it has|it) (?:gone|sold|snapped up)',
  'first come,? first served',
  'selling (?:like hot cakes|fast|quickly|out)',
  'going fast',
  'only (?:one|two|three|a couple|a few|a handful|1|2|3)(?: of)?(?: \\w+){0,3}? (?:left|remaining)',
  '(?:deposit|sign|decide|decision|commit|answer|a yes|down payment) (?:today|tonight|right now|now|by (?:tonight|the end of (?:the )?day|close of business|end of day))',
  '(?:today|tonight|now) or (?:never|it is gone|you lose|not at all)',
  'now or never',
  'today only',
  'last chance',
  'once in a lifetime',
  '(?:need|want|have to have|must have) (?:an answer|a decision|your decision|a yes|you to decide|you to commit|you to sign|the deposit) (?:today|now|tonight|right now|by tonight|by (?:monday|tuesday|wednesday|thursday|friday|the end of the week|end of (?:the )?week)(?! if (?:that|it|you)))',
  '(?:you would|you will|you) be (?:crazy|mad|silly|foolish|nuts|insane) (?:not to|to (?:miss|pass|turn))',
  'you will regret',
  'you would regret',
  'what (?:are|is) you waiting for',
  'what (?:have you got|do you have) to lose',
  '(?:do not|never) miss out',
  'cannot (?:hold|keep) it (?:for long|forever|past tonight)',
  '(?:my )?(?:manager|boss) (?:will|would|can) only (?:hold|do|give)',
  'price (?:goes|is going|will go) up (?:tomorrow|tonight|next week|on monday)',
  'just sign',
  'just say yes(?! or no)',
  '(?:contract|paperwork|deposit|signature|order form)(?: \\S+){0,3}? (?:in the next|within) (?:\\w+ )?(?:minutes?|hour)',
  // A decision demanded now, however it is worded: "I need an answer on the lane today", "it really needs to be today".
  '(?:need|want|have to have|must have|get) (?:an answer|a decision|your decision|a yes|a commitment|your signature|the paperwork|the deposit|a deposit)(?: \\S+){0,8}? (?:today|tonight|now|this afternoon|this morning|by (?:five|5|tonight|the end of (?:the )?day))',
  '(?:it|this|that) (?:really )?(?:does )?(?:need|needs|has|have) to be (?:today|tonight|now|this afternoon)',
  '(?:gotta|got to|has to|have to|needs to|need to) be (?:today|tonight|right now)',
  '(?:or|otherwise) (?:the )?(?:price|offer|deal|discount|rate|slot|car|it) (?:goes away|is gone|disappears|goes up|will go|will be gone)',
  '(?:you would|you will|you) be (?:daft|stupid|an idiot|bonkers|barmy) (?:not to|to (?:miss|pass|let))',
  'kick yourself',
  'hate for you to (?:miss|regret|lose|kick|run out|be left)',
  '(?:you|you will|you would|you are going to|you are gonna) (?!not |never )(?:\\w+ )?regret',
  'can not afford to (?:miss|wait|pass|lose)',
  'miss (?:out|the boat)',
  '(?:filling|booking|selling|going|moving) (?:up )?(?:fast|quickly|quick)',
  '(?:queuing|queueing|lining) up',
  'once (?:it is|this is|that is|they are|this offer is|the offer is) gone',
  '(?:prices?|rates?|costs?) (?:will|are going to|is going to|are about to|is about to) (?:go|shoot|jump|rise|double|skyrocket)(?: up| through the roof)?',
  '(?:shortage|run out) (?:is )?coming',
  'before (?:it|they|prices|the price|rates) (?:rise|rises|run out|runs out|sell out|sells out|go up|goes up)',
  // A deadline within hours that only the rep can see: "the price goes up at midnight", "tonight's the cut-off".
  `(?:prices?|rates?|costs?|deal|offer|discount|it) (?:\\w+ )?(?:goes|go|is going|are going|will go|jumps?|rises?|ends?|expires?|finish(?:es)?|disappears?) (?:up )?(?:at|by|after|from) (?:midnight|tonight|five|5|six|6|close of business|the end of (?:the )?day)`,
  "(?:tonight|today|midnight)(?:'s| is) (?:the )?(?:cut ?off|deadline|last (?:day|chance))",
  '(?:cut ?off|deadline) (?:is|was) (?:tonight|today|midnight|at midnight)',
  '(?:can not|can only|could only|only) hold (?:it|that|this|them|the \\w+|that \\w+|your \\w+)(?: \\w+)? (?:past|beyond|after|til|till|until) (?:that|then|tonight|today|midnight|five|5|the end of (?:the )?day|close of business)',
  // A yes demanded before the call ends: "I'd need your yes on this call", "I just need a verbal yes".
  '(?:need|want|have to have|must have|get|just need) (?:your|a|an) (?:verbal |quick |firm )?(?:yes|answer|decision|commitment|signature|go ahead|ok)(?: \\S+){0,3}? (?:on this call|before (?:we|you) (?:hang up|go)|right now|today|tonight)',
  '(?:just )?need a verbal (?:yes|ok|go ahead)',
  // A price or offer held only for a yes now: "I can only keep this price if you say yes on this call".
  'if you (?:say yes|sign|commit|decide|agree|go ahead|lock (?:it )?in)(?: \\S+){0,4}? (?:today|tonight|right now|now|on this call|before (?:we|you) hang up|this week|by friday)',
  // An order window the rep shuts: "I must press you on the order, as it closes tonight".
  '(?:it|the order|the offer|the deal|the window|the pricing|the price) (?:closes|shuts|ends|expires|lapses) (?:tonight|today|at midnight|this afternoon|at close of business|at the end of (?:the )?day)',
  // Other interest as calls the customer cannot check: "I've had two other people ring about it this morning".
  `(?:had|got|getting|been getting) (?:a few |two |three |several |a couple of |some |lots of |loads of )?(?:other )?(?:${PEOPLE}|calls|enquiries|inquiries)(?: \\S+){0,2}? (?:ring(?:ing)?|call(?:ing)?|phon(?:e|ing)|ask(?:ing)?|enquir(?:e|ing)|inquir(?:e|ing)) (?:about|after|on|for) (?:it|her|him|that one|this one|that car|this car|the car|the \\w+ one)`,
  // Scarcity by a day: "it won't be here Saturday, trust me".
  '(?:it|she|this one|that one|the car|the \\w+ one|the (?:offer|deal|price|rate|discount)) (?:will not|is not going to|would not) (?:still )?(?:be (?:here|around|there|on the lot|available|left|on the table)|last) (?:by |past |come |on )?(?:the weekend|saturday|sunday|monday|tuesday|wednesday|thursday|friday|tomorrow|next week|long|much longer)',
  '(?:tonight|today|this evening|right now) with (?:a|the|your) deposit',
  // Other buyers seen on the lot: "I've had two couples in already walking round it".
  `(?:had|got|been) (?:a few |two |three |several |a couple of |some )?(?:other )?${PEOPLE} (?:in )?(?:already )?(?:in )?(?:walking round|looking (?:at|round)|viewing|test driving|sat in|round) (?:it|her|that one|this one|the car)`,
  '(?:will not|is not going to|would not|does not|do not) (?:hang|stick|sit) (?:a)?round',
  // A price the rep says they cannot keep past a day: "after the weekend I can't promise you 2,150 anymore".
  '(?:can not|will not be able to|could not) (?:promise|guarantee|hold|keep|honou?r) (?:you )?(?:\\S+ ){0,2}?(?:price|rate|quote|figure|number|deal|offer|\\d[\\d,.]*)(?: \\S+){0,2}? (?:anymore|any more|after|past|beyond)',
  // A yes asked for by a deadline the rep sets: "shoot me a quick yes by email today".
  '(?:a|your) (?:quick |firm |verbal )?yes(?: \\S+){0,3}? (?:today|tonight|right now|by (?:tonight|five|5|the end of (?:the )?day|close of business))',
  "clock(?: is|'s) ticking",
  // "A great opportunity you won't want to miss": urgency with nothing behind it.
  '(?:you|you will|you would) (?:not|never) (?:want to|wanna) miss(?: (?:this|it|out|that))?',
  'opportunity (?:you|that you) (?:will not|would not|do not|can not) (?:want to )?(?:miss|pass up|afford to miss)',
  // Stock or a place said to be running out: "the allocation's near gone", "slots are nearly all gone".
  "(?:allocation|stock|supply|slots?|places?|spaces?|units?)(?:'s| is| are) (?:\\w+ )?(?:near|nearly|almost|practically|just about) (?:all )?(?:gone|out|full|taken)",
  // A commitment demanded by a time the rep sets: "I'd need a PO number off you by five today".
  '(?:need|want|have to have|must have|get) (?:a|an|the|your) (?:po|purchase order|order number|po number|card number|card details|signature|sign off|sign-off)(?: \\S+){0,5}? (?:today|tonight|now|by (?:five|5|tonight|the end of (?:the )?day|close of business))',
  // A place or item the rep will not promise past today: "I can't promise the slot's there tomorrow".
  "(?:can not|could not|will not) promise (?:the|that|your|this) (?:\\w+ )?(?:'s|is|will be|will still be|is still) (?:there|here|available|free|open|yours) (?:tomorrow|tonight|next week|after today|past today|on monday)",
  '(?:prices?|rates?|costs?) (?:is |are )?(?:going|goes|go|will go) up (?:on|from) the (?:first|1st)',
  '(?:the )?(?:price|offer|deal|discount|rate) (?:goes|is gone|disappears|ends|expires) after (?:that|today|tonight|then)',
  // A rise the rep announces to hurry the customer: "prices go up next month", "rates are going up soon".
  '(?:prices?|rates?|costs?) (?:go|goes|are going to go|is going to go|are going|is going|will go|going) up (?:next|this|tomorrow|tonight|soon|on|from|in|after)',
  // Slots said to be running out, or a loss threatened unless the customer commits today: "trainers nearly booked out till June".
  '(?:nearly|almost|practically|pretty much|virtually) (?:fully |all )?(?:booked|sold|signed) (?:out|up)',
  'if (?:we|you) (?:do not|did not|cannot|can not) (?:\\w+ ){0,2}?(?:lock|book|sign|grab|decide|commit|confirm|secure|pin)(?: \\S+){0,4}? (?:today|now|tonight|on this call)',
  // A loss threatened unless the customer takes it: "if we don't grab tomorrow I can't promise anything".
  'if (?:we|you) (?:do not|did not|can not) (?:\\w+ ){0,2}?(?:lock|book|sign|grab|take|secure|snap)(?: \\S+){0,4}? (?:i|we) (?:can not|could not|will not be able to) (?:promise|guarantee|hold) (?:anything|you anything|it|that|them)',
  // Deliberating is the danger: "don't think about it too long", "I wouldn't sit on it".
  "(?:do not|would not|better not|shouldn't|should not) (?:think|sit|sleep|wait|dwell|hang about|hang around)(?: (?:on|about|over) (?:it|this|that))?(?: for)? (?:too|very|that) long",
  "(?:would not|wouldn't|do not|don't) sit on (?:it|this|that)(?! for a (?:second|minute))",
  // Fear instead of facts: "you really need to get on top of it or you could be in real trouble".
  '(?:or|otherwise|else) you (?:could|will|might|may|would) (?:be|get|end up|land) (?:in|into) (?:real |big |serious |a lot of |deep )?(?:trouble|hot water|bother)',
  // Everyone else is doing it: "everyone's locking in now", "all my other clinics have switched".
  '(?:everyone|everybody|(?:all|loads|lots|most) (?:of )?(?:my |our |the )?(?:other )?(?:customers|clients|accounts|practices|clinics|cafes|shops|businesses|shippers|fleets|firms))(?: \\w+){0,2}? (?:locking in|locked in|signing up|signed up|switching|switched|jumping on|getting in|moving over|going for it)',
  // "everyone else on that lane has already signed with us": the same herd, with the rep's own tally of who has signed.
  '(?:everyone|everybody) else(?: \\w+){0,4}? (?:has|have|is|are) (?:already |all )?(?:signed|locked in|switched|moved over|on board|booked in)',
);

/**
 * The rep's own agenda in sales terms: an upsell, a bigger commitment, or the rep's own quota. Judged apart from the
 * scenario's facts, so "a bigger standing order" while a complaint is open reads as moving on.
 */
export const UPSELL = phraseSet(
  'upgrad(?:e|es|ed|ing)',
  'premium (?:\\w+ )?(?:plan|tier|package|service|option|contract|cover|support|level|membership|thing|deal|scheme|programme|program)',
  'add-?ons?',
  // Hyphens read as spaces: "our new forecasting add-on" arrives as "add on".
  '(?:the|our|an|a|new|this|that) (?:\\w+ )?add ons?\\b',
  // Not the order she already has ("so your regular order lands first thing").
  '(?<!(?:your|her|his|their|the usual|my) )(?:bigger|larger|longer|annual|multi-year|extended|standing|recurring|bulk|regular) (?:contract|plan|package|order|commitment|subscription|deal|agreement)',
  // A cross-sell: "we also do a great cyber policy for small firms".
  'we (?:also|as well) (?:do|offer|have|sell|provide) (?:a |an |some )?(?:\\w+ ){0,2}(?:policy|policies|cover|insurance|plan|package|product|service|module|bundle)',
  // The rep's own manager as the reason: "my manager's on my back about it".
  "(?:my|our) (?:manager|boss|sales manager|director)(?: is|'s| has been)? (?:on my back|on at me|pushing (?:me|us|it)|chasing me|breathing down my neck)",
  // Something new of the rep's to sell: "our new forecasting module", "this new bundle".
  '(?:our|a|the|this) (?:brand )?new (?:\\w+ )?(?:module|product|package|tier|bundle|feature set)',
  '(?:my|our) (?:quarter|quota|target|numbers|sales target|month end figures)',
  '(?:hit|make|reach) (?:the|my|our) (?:target|numbers|quota)',
  'help me (?:hit|make|reach|with) my',
  '(?:sign|lock) (?:you )?(?:up|in) (?:for|to) (?:a|the|our)',
  // Not when what follows asks about them ("while I've got you, what's going to decide it for you?").
  // Nor before a referral ask ("while I've got you, is there anyone you know..."), judged as a referral instead.
  'while (?:i have|i have got|i got) you(?![ ,:;-]*(?:what|when|which|how (?:is|are|do|does|did|many|much|often)|is there anyone|do you know|would you know|anyone|anybody|who)\\b)',
  'take (?:a look at|on) (?:our|the) (?:new|premium|pro|bigger)',
  // The moment made out to suit the rep's product: "perfect time to look at our Fleet Premium Plus package".
  '(?:perfect|good|great|ideal|right) time to (?:look at|think about|consider|move (?:up )?to|switch to|go for|get) our',
  '(?:put|pop|pencil) you down for (?:a|the) (?:quote|upgrade|trial|order)',
);

/**
 * Insisting after hesitation or a no ("hear me out", "just five minutes", "are you sure"). Pushing on counts as pressure
 * too, so a turn presses when it says either.
 */
export const INSISTS = phraseSet(
  'just (?:five|two|one|a few|ten|5|2|10) (?:more )?(?:minutes?|seconds?|moments?)',
  'hear me out',
  '(?:i )?(?:must|have to|need to|got to|really must) press you',
  // Flattery to rush a decision: "someone as sharp as you can see it".
  '(?:someone|anyone|a \\w+) (?:as|so) (?:sharp|smart|clever|savvy|switched on|organi[sz]ed|on the ball|shrewd) as you (?:can|will|would|must) (?:see|tell|know|agree|spot)',
  'just listen',
  'let me finish',
  'one (?:more|last) thing',
  '(?:in|for) your (?:own )?(?:best )?interest',
  'you do not want to (?:miss|lose|be caught|be left)',
  'but (?:this|it) (?:really )?is (?:really )?(?:important|urgent)',
  'are you sure',
  'before you (?:go|say no|hang up)',
  // "Before you decide, hear me out" insists; "you'd know the numbers before you decide anything" informs.
  'before you decide(?:,)? (?=let|hear|just|listen|think|consider|remember|i (?:want|need))',
  'what if i',
  'what would it take',
  'i really think you should',
  'at least (?:let me|hear|think|consider|look)',
  'just (?:think about|consider|have a look|take a look)',
  'can i (?:just )?(?:change your mind|convince you|persuade you)',
  '(?:put|leave) (?:down )?a deposit',
  'lock it in (?:today|now)',
  // Booking it anyway after a no: "shall I just put you down", "let me just put it through".
  '(?:i will|let me|shall i|can i|could i|i can) just (?:put|pencil|book|send|get|sign|lock|pop) (?:you|it|that|the \\w+)(?: \\w+)? (?:in|down|through|over|up)',
  '(?:one|a|two) (?:sec|second|mo|moment|minute)(?:,)? though',
  // Booked before the customer said yes: "I've already got you in the system for Monday".
  'already (?:got|put|booked|signed|set|pencilled|penciled|entered|added|scheduled) you',
  '(?:got|put|booked|signed|added|scheduled) you (?:in|on|down|up)(?: \\S+){0,4}? already',
  'what if we (?:did|do|go|made|make|said|knock|drop)',
  'how about (?:if )?(?:we|i) (?:did|do|go|make|knock|drop|throw)',
  'hang on(?:,)? (?:though|one|a)',
  // "Come on, Art," as much as "come on now"; "come on in" is a welcome.
  "(?:^|[.!?] )(?:oh |aw )?come on(?=[,.!?]| now| then| (?!in|over|down|by|round|up|out|back|through)[a-z']+[,.!?])",
  'before someone else (?:does|gets|grabs|snaps)',
  'you (?:really )?(?:should|need to|have to|must) (?:really )?(?:buy|sign|commit|decide|go ahead|grab it|do it) (?:now|today|this week)',
  '(?:i could|i can|sure|yes|of course)(?:,)? but',
  '(?:easier|quicker|simpler|better) if i (?:just )?(?:go|talk|walk|run|explain|read)',
);
