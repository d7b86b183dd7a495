import { phraseSet } from './phraseSet';

const GOOD =
  '(?:great|fantastic|amazing|brilliant|excellent|wonderful|superb|terrific|awesome|outstanding|perfect|lovely|a dream|a joy|a delight|a pleasure|first class|first rate|spot on|top notch|incredible|really good|very good|so good|really helpful|very helpful|super helpful|so helpful|a huge help|a big help|a great help|a lifesaver|a godsend|a blessing|a game changer|a relief|exactly what (?:i|we) (?:needed|wanted))';

/** The customer expresses satisfaction or praise; neutral answers ("fine", "OK") do not count. */
export const SATISFIED = phraseSet(
  '(?:i|we) (?:really |absolutely |just |totally |honestly )?(?:love|adore|enjoy|like) (?:it|the|my|our|how|this|that|driving|using|them|everything|working with)',
  '(?:i am|we are|i have been|we have been) (?:really |absolutely |just |so |honestly |thoroughly )?(?:loving|enjoying|liking|pleased with|happy with)',
  '(?:most|very|really|so|genuinely|actually) (?:useful|helpful|valuable|worthwhile)',
  '(?:i am|we are|i have been|we have been|i was|we were|i am really|i am very|i am so) (?:really |very |so |super |extremely |more than |quite |genuinely |thoroughly |absolutely |delighted and )?(?:happy|pleased|satisfied|impressed|thrilled|delighted|chuffed|glad|grateful|stoked)',
  '(?:happy|pleased|delighted|thrilled|impressed|satisfied|chuffed) (?:with|about) (?:it|the|my|our|how|this|that|everything|you|your)',
  '(?:it|this|that|everything|the \\w+|my \\w+|our \\w+|you|your team|your people|your \\w+|you guys|you folks|you all|y all|the team|the service|the experience|it all|all) (?:is|are|was|were|has been|have been|has just been|is just|seems) (?:really |absolutely |just |honestly |so |truly )?' +
    GOOD,
  '(?:great|excellent|fantastic|brilliant|amazing|wonderful|outstanding|first class) (?:job|service|car|team|work|product|experience|support|stuff|call|news|people)',
  '(?:thank you|thanks) (?:so much|very much|a lot|a million|a ton)',
  '(?:thank you|thanks),? that (?:is|was) (?:really )?(?:helpful|useful|great|good to know)',
  'that is (?:really |very |so )?(?:good|great|welcome|excellent|brilliant|fantastic|wonderful) (?:news|to hear|to know)',
  "(?:couldn'?t|could not) be (?:happier|more pleased)",
  'no complaints',
  '(?:runs|drives|works|running|driving|working) (?:like a dream|beautifully|perfectly|great|brilliantly|like a charm|a treat|flawlessly|really well|so well)',
  '(?:i|we) (?:really |truly )?appreciate (?:it|that|this|you|the|your|how)',
  'you (?:have|guys have) (?:been|made) (?:great|fantastic|amazing|brilliant|so helpful|really helpful|very helpful|a big help|my day|it easy)',
  'best (?:car|service|decision|purchase|experience|supplier|carrier|broker|rep)',
  'exceeded (?:my|our) expectations',
  '(?:so|really|very) (?:glad|happy|pleased) (?:i|we|you)',
  'music to my ears',
  'made my day',
  // Word of mouth already: "I tell everyone about it", "I've recommended you to half the street".
  '(?:i|we) (?:always |already )?(?:tell|have told|told|recommend|have recommended) (?:everyone|everybody|all my|anyone who will listen|half the)',
  'you (?:are|have been) (?:a )?(?:star|lifesaver|legend|gem)',
  'above and beyond',
  'well done',
  'i would (?:definitely )?recommend (?:you|it|your)',
  '(?:glad|good (?:job|thing)) you (?:called|rang|phoned|got in touch|told me|mentioned|caught me|rang me)',
  // Praise by a negated negative: "you've never let me down", "can't fault them".
  '(?:have |has )?never (?:once )?(?:let (?:me|us) down|failed (?:me|us)|disappointed)',
  '(?:can not|could not) fault (?:you|it|them|the|your)',
  'this is (?:why|exactly why) (?:i|we) (?:have )?(?:stayed|stay|keep|come back|use you|stick)',
  '(?:stayed|stuck|been) with you (?:lot |guys |all )?(?:all )?(?:these|this|for) (?:years|long|ages)',
  '(?:has|have|it has|they have) (?:really |honestly |just |totally )?(?:saved|transformed) (?:us|me|our|my)',
  'gave (?:you|your \\w+)(?: lot| guys| all)? (?:a |an )?(?:ten|10|five stars?|full marks|top marks)',
  '(?:ten|10) out of (?:ten|10)',
  // Pleased by what the call brought: "well, that's a nice surprise", "thanks, really", "the first useful call I've had".
  '(?:nice|lovely|pleasant|welcome|great) surprise',
  '(?:thanks|thank you),? (?:really|honestly|truly|i mean it)\\b',
  '(?:a|the|first) (?:really |genuinely )?(?:useful|helpful) (?:call|chat|conversation)',
  // Praise through what it did for them: "you earned it", "the patients love booking online", "cut our no-shows right down".
  'you (?:earned|deserved|deserve) it',
  '(?:the |our |my )?(?:patients|customers|clients|staff|team|drivers|nurses|kids|family|guests) (?:all )?(?:really |absolutely )?(?:love|adore|like) (?:it|the|them|how|booking|using|having|being)',
  '(?:has|have|it is|that is|they|it|really) (?:really |honestly |totally )?(?:cut|slashed|halved|reduced) (?:our|my) (?:\\S+ ){0,2}?(?:right |way |right way )?down',
);

/** A yes to the thing with a later time for it ("Yes. Not this week, I'm drowning till Friday"): timing, not a brush-off. */
export const YES_BUT_LATER = phraseSet(
  '^(?:yes|yeah|yep|yup|sure|ok|okay|fine|alright|all right|go on then|go ahead)(?: please| then| fine)?[,.!]* (?:but |just )?(?:not (?:this|next|until|till|before|today|tomorrow)|after (?:the|my|this|next|friday|monday|tuesday|wednesday|thursday))',
);

/** A soft brush-off: not now, not yet, maybe later, still thinking. */
export const NOT_NOW = phraseSet(
  'not (?:right |just )?now',
  'not (?:just )?yet',
  '(?:do not|still do not) (?:really |honestly )?know yet',
  'not sure yet',
  'have not (?:really )?thought about it',
  'not (?:today|this week|this month|this time|this year)',
  'not there yet',
  '(?:let me|i will|i need to|i would have to|i will have to) get back to you',
  'maybe (?:in|by|after|around|come) (?:the )?(?:spring|summer|autumn|fall|winter|new year|january|february|march|april|may|june|july|august|september|october|november|december|a (?:few|couple)|next)',
  '(?:i am|we are) not (?:deciding|buying|committing|signing|changing|switching|ordering|moving|doing) (?:anything )?(?:this|until|before|today|yet|right now|now|for now)',
  '(?:right now|now|today|this week|this month) (?:is not|is a bad|is a tough|is a difficult|does not|is tricky)(?: \\w+)?',
  '(?:can not|will not|not going to|am not going to|not able to|unable to|not) (?:\\w+ ){0,4}(?:until|while|unless)',
  '(?:can not|not ready to|not able to|unable to|not in a position to) (?:really )?(?:commit|decide|buy|sign|move forward|go ahead|do anything|make a decision)',
  '(?:i|we) (?:will|would|need to|have to|will have to|would have to|will need to|would need to|must|should) (?:first )?(?:let you know|get back to you|run (?:it|this|that) (?:past|by)|check with|ask(?! \\w+ to )|talk (?:to|it over with)|speak (?:to|with)|discuss (?:it|this|that) with|think about it|sleep on it|see(?= *(?:[.!,]|$| about it| how))|mull it over|consider it)',
  'not (?:quite |really |totally |fully |exactly |100 percent )?ready',
  '(?:do not|not) (?:think|sure|know if) (?:i am|we are|i will be|we will be|that i am) ready',
  'not (?:at|for) the (?:moment|minute|time being)',
  'not (?:really )?(?:in a position|the right time|a priority)',
  'not (?:this|for a) (?:week|month|while|bit|few weeks|few months)',
  'maybe (?:later|another time|next (?:week|month|year)|down the (?:road|line)|in a (?:few|couple))',
  'some (?:other )?time',
  '(?:another|some other) (?:time|day)',
  '(?:still )?(?:thinking|think) (?:about )?(?:it|things)(?: over| through)?',
  '(?:i|we) (?:still )?(?:need|want|have|have got|got|would like|would have) to (?:think|sleep on|mull|talk (?:it|this|that) over|discuss it|sell|sort out|wait|run it by|see how|get rid of)',
  '(?:need|want) (?:some |a bit of |a little |more )?time',
  '(?:let me|i will|i would like to|i need to) (?:think|sleep on|mull|consider)',
  '(?:give|call|ring|check|try) (?:me |back )?(?:in |back in |again in )?(?:a few|a couple of|a couple|some|two|three|few) (?:weeks|months|days)',
  '(?:call|check|ring|try) (?:me |us )?(?:back )?(?:later|next (?:week|month|quarter|year)|another time|after(?! to (?:check|confirm|make sure|see)))',
  'down the (?:road|line)',
  '(?:have not|have not got|do not have|got no|have no) (?:the )?time for (?:this|that|it|all this|an? (?:\\w+ )?(?:tour|pitch|chat|demo|presentation|rundown|speech|catch up|walkthrough|run through))',
  // Sent off to writing: "Put it in an email.", "Can you just email me?", "text me instead".
  '(?:can|could|would) you (?:not )?just (?:email|e-?mail|text|send) (?:me|it|that|something)(?: over)?(?: instead)?(?= *(?:[?.!,]|$))',
  '(?:email|e-?mail|text) me instead',
  // "Just email me, mate.": the call put off to writing.
  '(?:^|[.!?] )just (?:email|e-?mail|text|send) (?:me|it|it over|me something|it me|it to me|it over to me)(?= *(?:[.!?,]|$))',
  'put (?:it|that|them|all that|something) in (?:an email|an e-?mail|writing)',
  '(?:i will|i can) (?:ring|call|phone|email|text|contact) (?:you|your office|you guys)? ?if (?:i|we) need',
  'can (?:it|this|that) (?:not )?(?:wait|keep|hold)',
  '(?:can|could) not (?:it|this|that) (?:wait|keep|hold)',
  // Sent off to writing, with the call put off: "Email me whatever it is."
  '(?:email|e-?mail|text|send) me whatever',
  '(?:just )?(?:send|email|drop) me (?:an email|an e-?mail|something|some info|the info|a text)[.,!]?(?: \\S+){0,3}? (?:i have to|i need to|i must|i gotta|gotta) (?:go|run|dash)',
  // "Sort the gloves out and then we'll talk", "I'll call you if I want it": a condition, or the next move taken from the rep.
  '(?:sort|fix|get|put) (?:out )?(?:\\w+ ){0,4}(?:first )?(?:and )?then (?:we will|we can|i will|i would|we could) talk',
  'i will (?:call|ring|phone|get back to|contact|email) (?:you|your office) if (?:i|we)',
  '(?:can we not|can not we|could we|can we|why not) (?:just )?(?:sort|do|leave|look at|deal with|revisit|pick) (?:it|this|that)(?: up)? (?:until |till |til )?(?:after|later|next|in (?:the )?(?:summer|autumn|fall|spring|new year))',
  '(?:later|next) (?:this |in the )?(?:year|month|quarter|spring|summer|autumn|fall|winter)',
  // Put off to a later moment of the customer's own: "I'll look at it after the renewal", "we'll deal with that once launch is done".
  '(?:i|we) will (?:\\w+ )?(?:look at|look into|deal with|think about|get to|come back to|revisit|sort|go through|have a look at) (?:it|this|that|them|those)(?: \\S+){0,2}? (?:after|once|later|another|next)',
  'too (?:early|soon)',
  '(?:have|need|got) to sell (?:my|the|our)',
  '(?:hold|holding) off',
  'on (?:hold|the back burner|ice)',
  '(?:have not|not) (?:decided|made up my mind|made a decision)',
  'no rush',
  'in no (?:rush|hurry)',
  'not (?:really )?(?:looking|shopping|buying)(?: (?:right now|at the moment|just now|yet|today|this (?:week|month)))?',
  // "Not interested" is a no; with a time it is a not-yet.
  'not (?:really )?interested (?:right now|at the moment|just now|yet|today|this (?:week|month)|for now)',
  // Thinking it over: "I'll have a think and get back to you".
  '(?:have|having) a (?:think|ponder|mull)',
  '(?:and|then) (?:i will )?get back to you',
  // The customer will make the next contact themselves: "if I have questions, I'll reach out".
  '(?:i|we) will (?:reach out|be in touch|get in touch|call you|ring you|contact you|give you a (?:call|ring|shout|bell))(?= *(?:[.!,;]|$|if|when|once|whenever|if and when))',
  '(?:i|we) (?:do not|will not) need (?:a|another|the|any) (?:\\w+ )?(?:call|meeting|follow up|catch up|chat)',
  'no need (?:for a call|to call|to ring|to follow up)',
  // A precondition first: "let me get the gloves sorted first".
  '(?:let me|let us|i would rather|i would like to|i want to|i need to|we need to|i have to|we have to|i will|we will) (?:get|have|see|sort|wait for|fix|deal with|finish|settle|clear)(?: \\S+){0,4} first',
  '(?:we are|i am) (?:ok|fine|good|all right|set|covered) for now',
  'wait and see',
  // "I'd rather leave it for now, I'd want to run it past the dentists": later, not never.
  '(?:i|we) would (?:rather|prefer to) leave it (?:for now|for the moment|for a bit|for a while|till|until|a while)',
  '(?:i|we) (?:would |will )?(?:want|need|have|like) to run (?:it|this|that) (?:past|by)',
  'not (?:a )?(?:good|great) time (?:for|to (?:buy|change|switch|commit))',
  "once (?:i|we) (?:have |'ve )?(?:sold|sorted|finished|decided)",
);

/** A clear, firm no: the customer has decided against, or asks not to be called. */
export const FIRM_NO = phraseSet(
  'went (?:with|for) (?:someone|somebody|another|a different|the other|a competitor|another company|another carrier|another dealer)',
  '(?:chose|picked|signed with|going with|gone with|bought from|decided on|decided to go with|switched to|moved to) (?:another|a different|someone else|somebody else|the other|a competitor|them)',
  '(?:stop|quit) calling',
  // "No, please stop", "I said no": a plain no, said firmly, to the rep's pushing.
  'please stop',
  '(?:i|i have|i already|i have already) (?:already )?said no',
  'no means no',
  'stop (?:pushing|it|there|now)(?= *(?:[.!,]|$))',
  'leave it (?:there|at that)',
  '(?:i am|we are) not (?:going to|gonna) (?:buy|change|sign|switch|do it|do that)',
  'the answer is no',
  'no(?:,)? (?:and )?that is final',
  '(?:do not|never) (?:call|contact|ring|phone) (?:me|us|here)?(?: again| back| anymore)?',
  'take (?:me|us|my number) off',
  'remove (?:me|my number|us)',
  'not interested (?:at all|period|full stop|whatsoever|in the slightest)',
  // A bare "not interested" (no time given) answers the offer, not the timing.
  'not (?:really )?interested(?= *(?:[.!;]|$|, thanks|, thank you|, sorry|, mate| thanks| thank you))',
  '(?:really|definitely|absolutely|just|simply|honestly|seriously) not interested',
  '(?:definitely|absolutely|certainly) not',
  'no means no',
  '(?:i have|i|i already) (?:already )?(?:said|told you) no',
  'i said no',
  'i (?:already )?said (?:not|no)',
  '(?:i have|i) (?:already )?told you (?:no|not|twice|already)',
  'the answer is (?:still )?no',
  'not going to happen',
  '(?:already )?(?:bought|signed|found|went|committed|leased|purchased) (?:one |a car |something )?(?:elsewhere|somewhere else|with someone else|from someone else)',
  'leave (?:me|us) alone',
  'lose (?:my|this) number',
  '(?:will|would) not be (?:switching|changing|buying|needing|ordering|renewing|moving|going ahead)',
  'no longer (?:need|interested|require|looking)',
  '(?:we are|i am) not (?:switching|changing|buying|moving|renewing|going ahead)',
  'not (?:buying|switching|renewing)(?: anything)? from you',
  'not for (?:me|us)',
  '(?:please )?stop (?:pushing|pestering|selling)',
  '(?:please )?do not (?:push|pressure|rush|hassle)(?: me| us)?(?= *(?:[.!,]|$))',
  '(?:i|we) would (?:rather|prefer to) (?:leave it|not|pass|stay as we are)(?= *(?:[.!,]|$))',
  'how many times',
  'i am (?:done|finished) (?:here|with this|talking)',
  'this conversation is over',
);

/** The customer says they are busy or short of time. */
export const BUSY = phraseSet(
  'up to my (?:eyes|neck|ears|eyeballs)',
  'busy(?! (?:season|period|time of (?:the )?year|summer|spring|autumn|winter|month|quarter))',
  'swamped',
  'slammed',
  'snowed under',
  'flat out',
  'run off my feet',
  'rushed off my feet',
  'up to my (?:neck|ears|eyeballs)',
  '(?:in )?the middle of (?:something|a meeting|a thing|it|work|a deadline|a job|a delivery|dinner|a call)',
  'deadline',
  'on a clock',
  'against the clock',
  '(?:no|not much|little|very little|limited) time',
  '(?:do not|do not really) have (?:much |the |any )?time',
  '(?:only|just) (?:have|got) (?:a )?(?:minute|moment|second|few minutes|two minutes|couple of minutes|sec)',
  // "Sure, I've got a few minutes" grants the time; "I've only got two minutes" is short of it.
  // "I've got about five minutes" grants the time; "only", "just" or "barely" rations it.
  '(?:i have|i have got|i got|got) (?:only |just |barely )(?:(?:about|maybe) )?(?:a|one|two|a couple of|a few|five|\\d+) (?:minutes?|seconds?|moments?|secs?)',
  '(?:i have|i have got|i got|got) (?:about |maybe )(?:a|one|two|a couple of|a few|\\d) (?:minutes?|seconds?|moments?|secs?)',
  '(?:in|into|about to go into|heading into|running to|late for|between|back to back) (?:a )?meetings?',
  'make it (?:quick|fast|snappy|brief|short)',
  '(?:keep|make) (?:it|this) (?:quick|short|brief|snappy)',
  '(?:bad|not a good|terrible|awkward|not the best|not a great) (?:time|moment)(?! (?:for (?:me |us )?)?to (?:buy|change|switch|commit|move|sign|decide|invest|upgrade|order))(?! for (?:me |us )?to)',
  '(?:can not|can not really) talk',
  'on the other line',
  'i am driving',
  // "No. I'm working.": at it right now (not "I'm working from home Tuesday").
  'i am (?:working|at work|on a job)(?= *(?:[.!,]|$))(?!,? (?:the )?\\w+ (?:building|office|offices|site|yard|depot|plant|warehouse|centre|center|park|mall)\\b)',
  'hectic',
  'crazy (?:day|week|morning|afternoon)',
  'up against it',
  '(?:get|cut) to the point',
  'short on time',
  'pressed for time',
  'strapped for time',
  '(?:running|am) late',
  '(?:i have|i have got|got) to (?:go|run|dash)',
  'in a (?:rush|hurry)',
  'what is this about(?:,)? (?:quickly|i am)',
  '(?:i have|i have got|i am with|got) (?:a |an |some |two |three )?(?!been )(?:\\w+ ){0,3}(?:waiting|on hold|in front of me|at the (?:dock|door|counter|desk|gate))',
  'queue (?:out the door|of customers|at the (?:counter|till|desk))',
  '(?:full|packed) (?:waiting room|shop|house|cafe|clinic)',
  '(?:a|the) (?:morning|lunch|lunchtime|school|dinner) rush',
  'between (?:drops|deliveries|jobs|patients|customers|appointments|clients|calls)',
  // "I have a patient in five minutes": the next commitment is close, which is short of time, not a time on offer.
  '(?:i have|i have got|i got|got|there is) (?:a |an |my )?(?:patient|client|customer|meeting|call|appointment|delivery|class|lesson|flight|train)s? (?:in|at) (?:a few|a couple of|five|ten|two|three|fifteen|twenty|\\d+) (?:minutes?|mins?)',
  '(?:a|my|an|two|three) (?:patients?|customers?|clients?) (?:at|in) (?:the )?(?:desk|counter|chair|front)',
  '(?:patients?|customers?|clients?) (?:checking in|waiting)',
  '(?:can not|do not) (?:really )?(?:talk|stop|chat) (?:long|now|for long)',
  // Where they are now, not where to bring something ("drop them to me at work") or when ("I'm at work till 6").
  // Nor the address for a drop-off ("I'm at work, the Dalton building on Fifth").
  '(?:i am|we are|currently|still) at work(?! (?:till|until|til|from|by|after|on|all day|so)\\b)(?!,? (?:the )?\\w+ (?:building|office|offices|site|yard|depot|plant|warehouse|centre|center|park|mall)\\b)',
  'at work (?:right now|at the moment|just now)',
  'on (?:site|the road|shift|a job)',
  '(?:i am|we are) (?:in|on) (?:the|a|my) (?:van|car|truck|road|motorway|highway|move|train|bus|site|job|shop floor|ward|school run)',
  '(?:i am|we are) (?:loading|unloading|driving|on my way|heading out|about to (?:go|head|leave))',
  'quickly please',
  'you have (?:a minute|two minutes|one minute|30 seconds|thirty seconds)',
);

const PROPOSED_TIME =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|that|then|that time|that day|the morning|the afternoon|the evening|mornings|afternoons|evenings|weekends?|\\d{1,2}(?::\\d\\d)?(?: ?[ap]m)?)';

/** The customer turns down a proposed time ("Tuesday doesn't work", "I can't do Thursday"); a busy reason then explains that time, not now. */
export const REJECTS_TIME = phraseSet(
  PROPOSED_TIME + 's? (?:does not|do not|will not|would not|is not going to|can not) (?:really )?(?:work|suit|do)',
  PROPOSED_TIME + "s?(?:'s| is| are) (?:no good|not good|not great|bad|out|difficult|tricky|not possible)",
  '(?:can not|could not|will not be able to) (?:really )?(?:do|make) (?:it )?(?:on )?' + PROPOSED_TIME,
);

/** Words that put a busy remark in the present ("right now", "today"), which a rejected time does not cancel. */
export const PRESENT_MOMENT = phraseSet('(?:right |just )?now', 'at the moment', 'today', 'this (?:morning|afternoon|minute|second)', 'currently');

/** Agreement that stands even beside a hedge ("not sure about Friday, but Thursday works"). */
export const AGREES_STRONG = phraseSet(
  'sounds (?:good|great|fine|like a plan|perfect|ok|reasonable|lovely|grand)',
  'that works',
  'works for (?:me|us)',
  '(?:let us|let me) do (?:it|that)',
  'book it',
  'book me',
  'put me (?:down|in)',
  'pencil (?:me|it|us) in',
  'count me in',
  '(?:i|we) will be there',
  'see you (?:then|there|on|at|next|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday)',
  '(?<!while |whilst |since |as long as |now )you are on(?! (?:to|about|at|with|the|a|my|your|it|that|this|again|hold|the line|the phone)\\b)',
  'you have a deal',
  'it is a deal',
  'deal',
  'i can do (?:that|it|monday|tuesday|wednesday|thursday|friday|saturday|the|\\d)',
  'go ahead',
  'go for it',
  // Not "please do not push".
  'please do(?! not\\b)',
  'yes please',
  'agreed',
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|that|it|\\d{1,2}(?::\\d\\d)?(?: ?[ap]m)?|the morning|the afternoon|that time|this) (?:works|is fine|suits|is good|is perfect|sounds good|would work|would be (?:fine|great|good|perfect))',
  'that (?:would|will) be (?:great|good|fine|helpful|perfect|lovely|brilliant|useful)',
  'i would like that',
  'send it (?:over|through)',
  'send me (?:the|a|that|it)',
  // "Email it over" takes the offer; "just email it me" sends the rep away.
  '(?<!just )email (?:it|me (?:the|a|that|it))',
  '(?:i|we) will (?:take it|take them|come|do it|do that|book|place|go ahead|be in|pop|swing|stop)',
  '(?:i|we) will (?:have|get|ask|tell|let) (?:my |our )?\\w+ (?:to |know to )?(?:book|schedule|set|sort|call|arrange|put|send|confirm|slot|find)',
  '\\w+ (?:will|can) (?:book|schedule|set (?:it|that|this) up|sort (?:it|that) out|arrange|confirm|send you|find a slot|slot (?:you|it) in)',
  'no (?:problem|worries)',
  'that is (?:exactly )?what i (?:needed|wanted) to hear',
  '(?:suits|works for|is good for|is fine for|is great for) (?:me|us)',
  'that suits',
  'suits (?:me|us) fine',
);

/** Short agreement words that a nearby refusal cancels ("OK, but not now"). */
export const AGREES = phraseSet(
  'yes',
  'sure',
  'ok',
  'all right',
  'perfect',
  'great',
  'fine by me',
  'fine with me',
  'that is fine',
  'absolutely',
  'definitely',
  'of course',
  'why not',
  'go on(?: then)?(?= *(?:[.!,]|$))',
  'go ahead then',
  'happy to',
  'i am in(?= *(?:[.!,]|$))',
  'done',
  'fine',
  'good',
  'ok then',
  'that is ok',
  'works',
  'suits',
  'would work',
  'is good',
  'lovely',
  'brilliant',
  'cool',
  'excellent',
  'fair enough',
  'okay then',
  'right then',
  'good idea',
  'makes sense',
);

/** A refusal or hedge that cancels a nearby "OK" ("OK, but not now", "no, thanks"). */
export const REFUSES = phraseSet(
  // Doubt of a promise heard before: "That's what you said last time."
  '(?:that is|which is|that was) (?:just )?what you (?:said|told me|told us|promised)',
  'no(?! (?:problem|worries|shows?|one|bother|rush|hurry|matter|doubt|harm|stress|trouble|fuss|complaints|longer))',
  'um+',
  'uh+',
  'er+m?',
  'hm+',
  'i guess',
  'i suppose',
  'whatever',
  'if you (?:must|insist|like|want)',
  'suppose so',
  'not really',
  'i do not think so',
  'pass',
  'no thanks',
  'no thank you',
  'can not',
  'will not',
  'would rather not',
  'not sure',
  'i doubt',
  'probably not',
  'maybe',
  'we will see',
  'not interested',
);

/** The customer asks why the rep is calling. */
export const ASKS_WHY = phraseSet(
  'why (?:are|were|did) you (?:calling|ringing|phoning|call|ring)',
  'what (?:is|was) (?:this|the call|it|your call) (?:about|regarding|for|in regards? to|concerning)',
  'what (?:do|did) you (?:want|need)',
  'what can i do for you',
  'why (?:should|would) i (?:need|care|want)',
  'what is (?:the|your) (?:point|reason|purpose)',
  'to what do i owe',
  'is there (?:something|a reason|anything) (?:specific|in particular|you need|you wanted)',
  'what (?:are you|is it you are) (?:calling|after|selling|looking for)',
  'what is (?:this|it) (?:regarding|concerning)',
  'and (?:this|that) is about',
  'what (?:is|was) the reason',
  'is there a point',
  'what is up\\?',
  'you (?:said|called) that (?:already|last time)',
  'get to the point',
  'you are calling (?:because|about|for)(?:\\.+)? ?\\?',
  '(?:on|about|regarding|for|with) what\\?',
  '(?:thoughts|ideas|news|update|following up|checking in|calling) (?:on|about) what',
  'what (?:exactly )?(?:are you|is this) (?:following up|checking in|calling) (?:on|about)',
);

/** The customer ends the call. */
/**
 * The customer asks for the specifics a proposal lacked ("When, though?", "which day?", "what exactly happens next?"):
 * the step is still open, so an "OK" in front of it is not a yes.
 */
export const ASKS_SPECIFICS = phraseSet(
  // "When, though?", "OK... but when?", "fine, but when?": the question after a nod is what counts.
  '(?<=^|[.!?,…] )(?:and |but |so )?(?:by )?when(?:,? (?:though|then|exactly))?[?]',
  'when (?:exactly|precisely|though)',
  'which (?:day|date|time)[?,]',
  'what (?:day|date|time)(?: exactly)?[?,]',
  'what (?:exactly )?happens next',
  'what (?:exactly )?(?:is|are) the next steps?[?]',
  'when (?:can|will|do|should|would) (?:i|we) (?:actually |really |finally )?(?:expect|get|have|see|hear|receive)',
  'by when',
);

export const ENDS = phraseSet(
  '(?:good)?bye(?: now| for now| then)?',
  '(?:i have|i have got|got|i need|need|i must|i am going) to (?:go|run|dash|hang up|get going|get back)',
  'i am (?:hanging up|going to hang up|off)',
  'i am going(?: now)?(?= *(?:[.!]|$))',
  '(?:we are|i am) (?:done|finished) here',
  'hangs? up',
  'hung up',
  '\\(click\\)',
  '\\[click\\]',
  'click',
  'dial tone',
  '(?:talk|speak) (?:to you )?(?:later|soon)',
  'take care',
  'have a (?:good|nice|great) (?:day|one|afternoon|evening|weekend)',
  '(?:end|ending) (?:of )?(?:the|this) call',
  'gotta go',
  'i will let you go',
  'catch you later',
  'cheers',
);

/** The customer reports a new fault ("a service light came on last week", "it's making a noise"): a problem of its own. */
export const NEW_FAULT = phraseSet(
  '(?:warning|service|engine|check engine|dashboard|oil|tyre|tire|brake|battery|abs) lights? (?:came|come|has come|have come|comes|is|went|has gone|keeps coming|keeps going) (?:on|off)',
  '(?:started|starting|keeps|kept) (?:making|leaking|rattling|squeaking|beeping|flashing|stalling|overheating|cutting out)',
  '(?:making|makes|made) (?:a|an|this|that|some) (?:\\w+ )?(?:noise|sound|rattle|squeak|knock|grinding)',
  '(?:is|are|has been|have been) (?:leaking|rattling|squeaking|beeping|flashing|stalling|overheating|cutting out)',
  '(?:stopped|has stopped|have stopped) working',
  '(?:does not|did not|will not|would not) (?:start|turn on|work)',
  '(?:broke|broken) down',
  '(?:arrived|came|turned up|showed up) (?:damaged|broken|torn|leaking|wet|crushed|short)',
  'wrong (?:size|sizes|colou?r|item|items|product|model)',
);

/** The customer complains about something that went wrong, whether or not it matches a scenario issue. */
export const COMPLAINT = phraseSet(
  // "I've still got my old car" is having, not missing: "got" counts only after a negation or "never".
  '(?:still|yet to|never) (?:have not |not )?(?:received|(?<=(?:not|never) )got|gotten|arrived|come|came|heard back|heard anything|turned up|shown up|showed up|been sorted|came through|come through|got through)(?! (?:anything|a thing|a word) about (?:it|this|that))',
  '(?:have|has|had) (?:had|been) to (?:ring|call|chase|phone|email|ask|remind) (?:\\w+ ){0,4}(?:twice|again|three times|several times|repeatedly|multiple times|more than once)',
  '(?:nobody|no one) (?:has )?(?:got|gotten|come|called|rung) back',
  '(?:has not|have not|had not|did not|never) (?:arrived|come|turned up|shown up|been (?:sorted|fixed|delivered|sent|done|explained|mentioned))',
  '(?:still|am still|are still) (?:waiting|missing|chasing|driving (?:on|around|with))',
  // Only a degree or a delay between the verb and the fault: "that's our late clinic" names a clinic, not a delay.
  '(?:is|are|was|were|still|been|it is|they are|arrived|came|running|shipped|delivered) (?:(?:still|now|very|really|so|too|always|already|again|badly|way|all|completely|totally|being|running|a (?:bit|little)|(?:a|one|two|three|four|\\w+) (?:weeks?|days?|hours?)) )?(?:late|overdue|delayed|missing|broken|wrong|faulty|damaged|short)',
  '(?:a|the|one|big|real|small|little|slight) (?:problem|issue|snag|hiccup)',
  'problems? with',
  'issues? with',
  'complaint',
  'frustrat(?:ed|ing)',
  'annoy(?:ed|ing)',
  'disappoint(?:ed|ing)',
  'not happy',
  'fed up',
  'unhappy',
  // "Nobody told me about that" greets news just given; "nobody told me the plates were late" or "nobody called back" is a grievance.
  '(?:nobody|no one) (?:ever )?(?:(?:told|explained|mentioned)(?! (?:me |us )?(?:about )?(?:that|this|it)\\b)|called|got back|rang|came|replied|answered|followed up)',
  '(?:you|they|we) (?:have not|has not|had not|did not|never) (?:even |yet |ever )?(?:shown|sent|done|delivered|called|given|told|fixed|explained|got back|booked|scheduled|set up|arrived|turned up|replied|answered|paid|processed|sorted)',
  'you (?:promised|said) (?:it|they|that|i|we)',
  'were (?:supposed|meant) to',
  'was (?:supposed|meant|promised) to',
  'by the way,? (?:i|we) (?:still|never)',
);

/** The turn opens by declining ("No.", "Not really.", "Nothing."); a brush-off when it answers a time check or a proposal. */
export const DECLINES = phraseSet(
  '^(?:no|nope|not really|nothing|not at all|no thanks|no thank you|i am good|we are good|i am fine|we are fine|i do not think so|not for me|i will pass|pass)',
  // A plain "No." closing a turn, and refusing the thing itself: "I'm not committing to a year of anything."
  '(?<=[.!?] )(?:no|nope|no thanks|no thank you)(?= *(?:[.!]|$))',
  '(?:i am|we are) not (?:committing|signing|agreeing|paying|putting) (?:up |down )?(?:to|for|anything|a|an|any|that|this)',
  // Refusing to be hurried: "I'm not being rushed into a carrier."
  '(?:i am|we are|i will|we will) not (?:be )?(?:being )?(?:rushed|pushed|pressured|hurried|railroaded|bullied) (?:into|on)',
  '(?:i am|we are) not (?:raising|placing|giving|handing|sending|reading) (?:out |over )?(?:a|an|any|my|the|that|this|our)',
  '(?:i will|we will) take (?:my|our) chances',
  // A bare "Don't." to what the rep proposed.
  '(?:^|(?<=[.!?] ))(?:please )?do not(?= *(?:[.!]|$))',
);

/** The customer says the rep should already know this ("it's in your notes", "I told your colleague"). */
export const REBUKES_IGNORANCE = phraseSet(
  'you should (?:know|have|already know)',
  '(?:it is|that is|it should be|should be|it was|that was|they are|it is all) (?:all )?(?:in|on) (?:your|the|my) (?:notes|file|files|records|system|policy|account|quote|order|orders|email|crm|paperwork|invoice|contract)',
  '(?:like|as) it says on',
  '(?:i|we) (?:already )?(?:told|said to|explained to|went through (?:this|that|it) with) (?:your (?:colleague|predecessor|\\w+)|\\w+ at your|the (?:last|other) (?:guy|person|rep))',
  '(?:i|we) (?:already )?(?:told|explained to) (?:you|\\w+) (?:last (?:time|week|month)|before you|when (?:i|we) (?:signed|ordered|bought|leased|came in))',
  'as i (?:said|told you|mentioned) (?:last time|when (?:i|we) (?:signed|ordered|came in))',
  'do you not (?:know|have|remember)',
  'did (?:nobody|no one) (?:tell|brief|pass|hand)',
  'same as (?:always|last time|every time|usual)',
  '(?:do not|did not) you (?:know|remember|have)',
  'you (?:sold|leased|quoted|sent|insured|delivered) (?:it|me|us|them)',
  'you are (?:my|our) (?:insurer|supplier|dealer|carrier|rep|broker)',
  'have you not (?:read|seen|got|checked)',
  // Reminding the rep of what the account already told them: "You know not to ring me before two", "which Priya knew".
  'you know (?:not to|better than to|i (?:do not|can not|said|told))',
  '(?:which|as|like) (?:\\w+ ){0,2}(?:knew|already knew|knows full well)',
  'you (?:do not|did not) know (?:this|that|about (?:this|that|it))[?]',
  'surely you (?:can|could|have|know|should)',
  'you (?:have got|have|got) (?:all )?(?:that|this|those|it)(?: \\w+){0,3}?,? surely',
  // Correcting the rep from their own paperwork: "Twenty-one fifty. It's your quote."
  '(?:it is|that is|it was|that was) your (?:own )?(?:quote|price|figure|number|invoice|contract|paperwork|policy|offer)(?= *(?:[.!]|$))',
  '(?:can|could) you not (?:see|check|look)',
  'i (?:already )?(?:sent|emailed|gave|posted) (?:it|that|them|those|this) (?:to you|to your|over)',
);

/** The customer objects to how the call is going ("I asked for an email", "did you hear me?"). */
export const OBJECTS = phraseSet(
  'i (?:already |just |literally )?(?:asked|said|told you)(?: you)?(?: for| to| that| i)',
  // The rep changed the subject while the customer's point was open ("and you're on to something else?").
  'you (?:are|were) (?:already )?(?:moving |going |skipping |jumping )?on to (?:something|another|the next|other)',
  '(?:changing|change|changed) the subject',
  'did you (?:not )?(?:hear|listen to) me',
  'are you (?:even )?listening',
  'that is not what i (?:asked|said|wanted|meant)',
  'i (?:do not|did not) (?:want|ask for|need) (?:that|this|it|them|a|the)',
  'no,? (?:i|we) (?:want|wanted|asked|said)',
  '(?:please )?just (?:send|email|listen)',
  'you are not listening',
  // Asking to settle something else before the rep's agenda: "can we deal with the wrong sizes first?"
  '(?:can|could|shall) we (?:please |just )?(?:deal with|sort(?: out)?|fix|talk about|finish|handle|get to|get) (?:\\S+ ){0,4}first',
  'i did not agree',
  // Told to stop pushing: "Don't push your luck", "do not push it".
  "(?:do not|don't|stop|quit) push(?:ing)? (?:your luck|it|me)",
);

/** A non-committal reply: acknowledges without agreeing ("good question", "interesting", "I don't know yet", "it depends"). */
export const HEDGES = phraseSet(
  'good question',
  '(?:that is |how |very |quite )?interesting',
  'i (?:honestly |really |just |genuinely |truly )?(?:do not|really do not) know',
  'i am not (?:so |too |really )?sure',
  'not sure',
  '(?:it )?depends',
  'if that helps',
  'i see',
  'we will see',
  'let (?:us|me) see',
  'hard to say',
  'who knows',
  'possibly',
  'perhaps',
  'might do',
  'could be',
  'sorry\\?',
  'pardon',
  'what\\?',
);

/** The customer cuts the rep off ("I'm going to stop you there", "let me stop you"). */
export const INTERRUPTS = phraseSet(
  '(?:i am going to|i will|let me|i have to|i need to|i must|can i|going to) (?:just )?stop you',
  'stop you (?:there|right there)',
  '(?:slow|hold) (?:down|on|it) (?:a (?:second|sec|minute)|there)',
  'you have lost me',
);

/** The customer ends the call out of impatience ("I'm hanging up now", "I don't have time for this"). */
export const IMPATIENT = phraseSet(
  '(?:i am|i am going to|going to|i will) (?:just )?hang(?:ing)? up(?! (?:now )?(?:thanks|thank you|see you))',
  '(?:do not|have not) (?:got |have )?time for this',
  'waste of (?:my )?time',
  'wasting my time',
  'this is pointless',
  '(?:i am|we are) (?:done|finished) (?:with (?:this|you)|here)',
  // "No. Ring me after 4. I'm going.": leaving on a refusal is cutting the rep off.
  '(?:^|[.!?] )no\\b.*[.!?] i am (?:going|off)(?: now)?(?= *(?:[.!]|$))',
);

/** The customer asks to hear more ("go on", "tell me more", "I've got time", "what does it cover?"): room for a longer answer. */
export const INVITES_DETAIL = phraseSet(
  'go (?:on|ahead)',
  'tell me (?:more|about|what|how|why)',
  'i am (?:all ears|listening)',
  'explain',
  'walk me (?:through|thru)',
  '(?:i have|i have got|i got) (?:time|a few minutes|a minute|a moment|ten minutes|five minutes|a bit of time)',
  '(?:how|what) (?:does|do|would|will|is|are) (?:it|that|this|they|the \\w+) (?:work|cover|include|mean|involve|cost)',
  'what (?:is|was) (?:it|this|that) about',
  '(?:in|into) (?:more )?detail',
);

/** The customer asking about something again ("what about my plates?", "you didn't answer", "still"). */
export const RAISED_AGAIN = /\b(?:what about|before we go|back to|again|you (?:did not|didn't|didn’t) (?:answer|say)|still)\b/;

/** The customer asking when ("When, though?", "I need to know when my mediums are coming"). */
export const ASKS_WHEN = /\bwhen\b[^.!?]*\?|\b(?:need|want) to know when\b/;

/** A briefing that says the customer is short of time ("on a deadline", "in under two minutes"). */
export const BRIEFED_BUSY = /\b(?:deadline|busy|pressed for time|short of time|rushed|racing|in under (?:two|2|a|one|three|3) minutes?|no time)\b/i;
