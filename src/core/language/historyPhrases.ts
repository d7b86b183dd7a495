import { phraseSet } from './phraseSet';

const PAST_EVENT = '(?:call|conversation|chat|visit|meeting|order|purchase|test drive|delivery|quote|email|message|demo|week|month|time)';

/** The rep shows they know the account: prior conversations, promises, what was agreed, who the contact was. */
export const HISTORY_PHRASE = phraseSet(
  '(?:last|previous|our last|the last|our previous|our recent) ' + PAST_EVENT,
  'when (?:we|you) (?:last )?(?:spoke|talked|met|chatted|visited|came in|were in|stopped by|ordered|signed|test drove|drove|took|picked up)',
  'since (?:we|you) (?:last )?(?:spoke|talked|met|leased|bought|ordered|picked up|drove|signed|joined|started|took delivery|test drove|came in)',
  'you (?:mentioned|said|told (?:me|us|my colleague|\\w+)|asked (?:us|me|for|about)|were interested|liked|picked|chose|ordered|leased|bought|signed|test drove|drove|requested|wanted to|were after|were looking)',
  '(?:as|like) (?:we|you|i) (?:agreed|discussed|arranged|planned|asked|requested|talked about|spoke about|mentioned)',
  '(?:we|i|\\w+) (?:agreed|promised|arranged|quoted|set up|scheduled|booked|sent you|sent over|emailed you|owe you|committed)',
  '(?:as|like) (?:i |we )?promised',
  '(?:i am|i have|i) (?:taking|taken|took) over',
  '(?:took|taking|taken) over (?:from|your account|the account|as your)',
  '(?:my|our) (?:colleague|predecessor|teammate)',
  '(?:our|my|the) (?:notes|records|file|crm|system|account history) (?:say|says|show|shows|mention|mentions|tell me|have)',
  'i (?:see|saw|noticed|read|can see) (?:in|from|on) (?:our|my|the|your) (?:notes|records|file|account|system|history|crm)',
  'i (?:see|noticed|gather|can see) (?:that )?(?:you|your)',
  'i understand (?:that )?your',
  'on (?:record|file)',
  '(?:your|the) (?:first|last|recent|previous|original|initial) (?:order|purchase|visit|quote|call|test drive|delivery|lease|contract|policy|conversation|meeting)',
  '(?:a few|two|three|four|five|six|several|a couple of|\\d+) (?:weeks|days|months|years) ago',
  '(?:last|this past) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)',
  '(?:you have|have) been (?:a|our) (?:client|customer) (?:for|since)',
  'the (?:\\w+ )?(?:we|you) (?:discussed|agreed|talked about|sent|ordered|booked|requested|asked for|quoted|test drove|drove|liked|wanted)',
  '(?:still|yet) (?:waiting|outstanding|owed|pending|overdue|missing|not arrived|have not arrived|has not arrived)',
  '(?:were|was) (?:promised|supposed to|due)',
);

/** The rep asks the customer for what the rep should already know. */
export const ASKS_KNOWN_INFO = phraseSet(
  'remind me',
  'refresh my memory',
  '(?:fill|bring) me (?:in|up to speed)',
  'catch me up',
  // Asking the customer to brief you on your own account: "walk me through what you discussed with Priya".
  '(?:walk|talk|take) me through (?:what|where|how|everything|the history|the account)',
  '(?:so|until|before) (?:i am|i get) up to speed',
  'get me up to speed',
  'what (?:you|you had|you have) (?:discussed|agreed|talked about|arranged|set up) with',
  '(?:what|which) (?:was|is|were) (?:this|that|it|the call|our (?:last )?(?:call|conversation|meeting)) (?:about|regarding|for)',
  'what (?:were|are|was) we (?:working on|discussing|talking about|doing|supposed to)',
  'what (?:did|do|have) you (?:buy|order|purchase|lease|get|have|take) (?:from|with) us',
  '(?:when|where) did you (?:buy|order|purchase|lease|get|sign)',
  'what (?:car|vehicle|model|product|plan|policy|package|products|items) (?:did|do|have) you (?:have|get|buy|lease|order|drive|got)',
  '(?:who|what) (?:was|is) your (?:contact|rep|salesperson|account manager|point of contact)',
  'i (?:do not|did not) (?:have|know|see|get) (?:your|the|any|much|many) (?:details|notes|file|history|records|information|background|context)',
  '(?:not sure|no idea|do not know) (?:what|why) (?:this|i am calling|the call|we|i was)',
  '(?:can|could) you (?:tell|remind|explain to|walk) me (?:what|why|which|about your (?:order|account|situation))',
  'what can i (?:do|help you with)(?: for you)?(?: today)?',
  'what (?:is|was) (?:your|the) account number',
  'where (?:did|do) we (?:leave|stand) (?:things|it)',
  'i am new (?:here|to (?:this|your) account)(?:,| and) (?:so )?(?:what|can you)',
  '(?:how many|how much|what|which|is it|are they|do you have|is that)(?: [^.?!]{0,60})? (?:with us|from us|on (?:your|the) (?:policy|account|plan|contract|lease|order))(?: now| currently| at the moment| today| these days)?\\?',
  'who (?:is|was) (?:the )?(?:best )?(?:person|contact|one) (?:to|for|i should|on your side)',
  '(?:what|which) (?:do|did) you (?:usually |normally |currently )?(?:order|buy|use|get|drive|have)(?: from us| with us)?\\?',
  // A question about the account that ends in "again" admits the rep has forgotten it ("which lane was that again?").
  '(?:what|which|who|when|where|how many|how much|how long)(?: [^.?!]{0,60})? again ?\\?',
  '(?:what|which) (?:\\w+ )?(?:was|is|were) (?:that|it|this|they) (?:for|about|regarding|on)\\?',
  '(?:what|which) (?:car|vehicle|model|product|lane|order|policy|plan|quote|size|colou?r) (?:was|is|were|did) (?:it|that|this|you)',
);

/** The rep sounds surprised by something that was on record ("I didn't know about that", "what plates?"). */
export const SURPRISE = phraseSet(
  '(?<!\bif |\bunless )i (?:did not|do not|was not|had not) (?:know|realize|aware|hear|heard)(?! back| from)',
  'i had no idea',
  // Reminded by the customer: "Oh right, the plates."
  '(?:oh|ah) (?:right|yes|yeah|of course)[,.!]? (?:the|your|that)(?! (?:happens|is|was|will|would|can|does|did|sounds|makes|works)\\b)',
  '(?:news|new) to me',
  'first (?:i have|i am) (?:hearing|heard)',
  '(?:nobody|no one) (?:told|mentioned|said)(?: that| this)? (?:to )?me',
  'not aware (?:of|that)',
  '(?:oh )?really\\?',
  'is that (?:right|so)\\?',
  // An echo question at the very start ("Plates?", "Oh, does it?") shows the rep is hearing it for the first time.
  // Not a tag that agrees with the customer ("Right?", "See?", "Yeah?").
  // Nor a time offered as a question ("sat 10ish?").
  '^(?:oh|hmm|huh|wait|really)?,? ?(?!(?:right|yeah|yes|yep|ok|okay|see|true|exactly|sorry|innit|eh)\\?)(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|tonight|\\d)\\w*)(?:the |your |a )?\\w+(?: \\w+)?\\?',
  '^(?:oh|hmm|huh|wait|really)?,? ?(?:does|did|is|was|has|have|do|are|were) (?:it|they|that|he|she|you)(?: not)?\\?',
  '(?:what|which) (?:plates|demo|quote|order|issue|problem|delivery|policy|offer|rule)\\?',
  'not sure what (?:happened|went wrong|is going on|the problem is|that is about)',
  '(?:not sure|no idea|do not know) (?:where|what|when|how|if|whether) (?:that|it|things|we|the \\w+) (?:is|are|stand|stands|is at|are at|went|happened|got to)',
  'i (?:need to|have to|will have to|would have to|would need to|will need to|would need to) (?:double )?check(?: on that| that| what| where| whether| if| on it)?(?! with)',
  '(?:no|not) (?:idea|aware) (?:what|why|about|of)',
  '(?:that is|it is) (?:not )?(?:really )?(?:not )?my (?:area|department|side|job|team)',
  'not (?:really )?my (?:area|department|side|job|team)',
);

/** The rep is vague about the account ("you were in a while back looking at some cars"). */
export const VAGUE_ACCOUNT = phraseSet(
  '(?:looking at|looked at|interested in|asked about|drove|test drove|bought|ordered|got|had) (?:some|a few|one of (?:the|our)|a couple of|something|some sort of|a bunch of) (?:cars?|vehicles?|models?|products?|things?|options?|stuff|items|policies)',
  // "The Aria or something": hazy; "is it timing or something else?" asks a real question.
  'or something(?! else)(?: like that)?',
  'whatever (?:it was|that was|you (?:looked at|bought|ordered|got|drove))',
  '(?:a little|quite a|a) while (?:back|ago)',
  'some time (?:back|ago)',
  // Hazy about how long the customer has been with us: "you've been with us for, gosh, a good while now".
  '(?:been|stayed|banked|insured) (?:with us|a (?:client|customer|member)(?: of ours)?|on our books)(?: for| since)?(?:,? (?:gosh|golly|what|um+|er+m?|oh|i think|i believe|is it|like))*,? (?:a (?:good |long |fair |little )?while|quite (?:a )?while|some (?:time|years)|ages|a few years|a number of years|however long)',
);

/** Only asking whether something arrived ("did you get the quote I sent Tuesday?"): it shows nothing of what is open on it. */
export const CHECKS_RECEIPT = phraseSet(
  '(?:did|have|has) (?:you|he|she|they) (?:\\w+ )?(?:get|got|receive|received|see|seen|look at|looked at|read|have a (?:chance|look|minute|moment)|had a (?:chance|look|minute|moment)|get a chance|manage to|managed to|go through|gone through)',
);
