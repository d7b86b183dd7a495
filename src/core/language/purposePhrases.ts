import { phraseSet } from './phraseSet';

// All patterns run on normalizeText output: lower case, contractions expanded ("i am", "it is", "let us").

const CALLING = '(?:calling|ringing|phoning|buzzing|dialing|dialling|reaching out|getting in touch|popping in|giving you a (?:call|ring|buzz|bell|shout))';
const WANTED =
  '(?:just |only |really )?(?:wanted|want|wanting|thought i would|figured i would|i would like|would like|was hoping|hoped|am hoping|meant|decided|needed|going|trying|called|rang|phoned|calling|ringing|phoning|reaching out)';
const SEE = '(?:see|check|find out|hear|know|ask|learn|make sure|confirm|catch up on|get a sense of|get a feel for|gauge)';

/**
 * Filler reasons for a call: the turn says it is checking in, touching base or seeing how things are, without a reason
 * of its own. A turn with one of these still has a purpose when it also names something concrete.
 */
export const FILLER = phraseSet(
  // checking in / touching base / following up / reaching out, in their many forms
  '(?:just |quickly |only |a quick )?checking (?:in|up|back in|back)',
  'check (?:in|up) (?:on|with) (?:you|how|things|everything)',
  '(?:to|and|quick|quickly|just|i would|i will) check in(?! with (?:the|our|my|his|her|their|a) )',
  'check in (?:call|message|voicemail)',
  'touch(?:ing|ed)? bases?',
  '(?:wanted|want|thought i would|just|figured i would|to) (?:touch|get|keep|stay) in touch',
  'keep(?:ing)? in (?:touch|contact)',
  'stay(?:ing)? in touch',
  '(?:just |only )?follow(?:ing|ed)? up(?: with you)?(?: on things| on everything| on our (?:last )?(?:call|chat|conversation))?',
  '(?:just |only )?(?:reaching|reached|reach) out',
  'circl(?:e|ing) back',
  'ping(?:ing)? you',
  'check(?:ing)? on you',
  '(?:just |only )?(?:a )?(?:quick |friendly |little )?courtesy call',
  'just (?:a )?(?:quick|friendly|little) (?:call|ring|check|chat|catch up)',
  'just (?:calling|ringing|phoning)',
  '(?:catch|catching) up(?: with you)?',
  '(?:say|saying) (?:hi|hello|hey)',
  'see what is (?:new|up|happening|going on)',
  'what is (?:new|up|happening|going on)(?: with you| on your end| at your end)?',
  'no (?:particular|specific|real|special) reason',
  '(?:to |and |just )?introduc(?:e|ing) myself',
  'nothing (?:in particular|specific|special|much|important)',
  '(?:thought|figured) i would (?:give you a (?:call|ring|buzz|bell|shout|tinkle)|call|ring|phone|pop|drop|reach|check|see)',
  // "I'll give you a shout Thursday" promises a callback; "just giving you a ring" is the filler.
  '(?<!will |i can |let me |shall )(?:give|giving) you a (?:ring|buzz|bell|shout|tinkle)',
  'put (?:my|our) name (?:back )?in front of you',
  '(?:stay|keep) (?:on|in) your (?:radar|mind)',
  '(?:remind|let) you know (?:that )?(?:i am|we are) (?:still )?(?:here|around|available)',
  // how things are going
  'how (?:is|are|has|have) (?:it|things|everything|life|business|work|the \\w+|your \\w+)(?: all)?(?: been)? (?:going|getting on|doing|treating you|coming along|working out|holding up|shaping up|settling in|working|running|panning out)',
  'how (?:is|are) (?:things|everything|business|life|it all|the \\w+ treating you)',
  'how (?:is|has) it (?:been )?going',
  'how (?:are|were) you getting on',
  'how you are (?:getting on|doing|going|finding|liking|settling|getting along|keeping)',
  'how (?:things|everything|it|it all) (?:is|are|was|were|has been|have been)(?: going| getting on| working out| coming along)?',
  'how (?:are|do) you (?:like|liking|finding|enjoying|getting on with|going with) (?:the|your|it|that)',
  'how (?:is|are) you (?:going|getting along)',
  '(?:are|were) you (?:happy|enjoying|liking|loving|pleased|satisfied) (?:with )?(?:the|your|it|everything)',
  '(?:see|check|hear|find out|know|ask) how (?:you|things|everything|it|it all|the \\w+|your \\w+) (?:is|are|was|were|went|has been|have been)',
  'see how (?:you|things|everything|it|it all) (?:is|are|were|was)?(?: ?going| ?doing| ?getting on| ?settling| ?finding)?',
  'see how you (?:are|were|have been)',
  // where things stand / where your head is
  "where your head(?:'s| is) at",
  '(?<!you )(?:see|check|find out|know|hear|ask) where (?:you|things|we|everything) (?:are|stand|is|are at|stand at|landed|have landed|ended up)',
  '(?<!know )where (?:things|we|you) (?:stand|are at|are)(?: (?:on|at) your (?:end|side))?(?! (?:on|with) (?!your (?:end|side)))',
  '(?:seeing|see|checking|check|wondering|find out) (?:if|whether) you (?:have|had|got) any (?:thoughts|questions|feedback|updates|news|concerns)',
  'where you are (?:at )?with (?:everything|things|it all)',
  'pick up where we left off',
  // is everything ok / anything you need
  '(?:make|making) sure (?:that )?(?:everything|all|things|it all|you|it)(?: is| are| was| were)? (?:ok|all right|good|fine|going well|going ok|well|on track|in order|working|happy|satisfied|doing (?:ok|well|all right|fine))',
  '(?:ensure|be sure|check) (?:that )?everything (?:is|was)',
  '(?:make|making) sure (?:that )?you (?:are|were|have been) (?:all set|sorted|settled|taken care of|looked after|happy|ok|all right|getting on)',
  'keep(?:ing)? (?:the lines of communication|the conversation|things|the door) (?:open|going)',
  '(?:is )?everything (?:is )?(?:still )?(?:ok|all right|good|fine|great|going (?:well|ok|all right|smoothly)|working (?:out|ok|well|fine)|running (?:ok|smoothly|well))',
  'all (?:good|well|ok)(?: on your end| at your end| with you| with everything| with the \\w+)?',
  'any (?:problems|issues|complaints|concerns|trouble|hiccups)(?: so far| at all)?(?: with (?:the|your|it) ?\\w*)?',
  '(?:if|whether) (?:you|there) (?:need|needed|is|was|might need) anything',
  'anything (?:i|we) can (?:do|help with|help you with|do for you)',
  '(?:do|did) you need anything',
  '(?:if|whether|see if) you (?:have|had|got) any questions',
  WANTED + ' (?:to )?' + SEE + ' (?:how|if everything|if all|whether everything|that everything|if things|if you are (?:ok|happy|all right|doing)|how you)',
  WANTED +
    ' to (?:connect|reconnect|chat|have a chat|have a quick chat|say hi|check|see)(?: in| up| with you)?(?! (?:about|on|regarding|if you (?:got|received)))',
  CALLING + ' (?:to|and) ' + SEE + ' (?:how|if|whether|where|what)',
);

/** A greeting pleasantry that is not, by itself, the reason for the call ("how are you today?"). */
export const GREETING = phraseSet('how are you(?: doing| today| this morning| this afternoon)?', 'how have you been', 'hope you are (?:well|doing well|good)');

/** Frames that introduce a reason: "I'm calling about", "the reason for my call", "I wanted to let you know". */
export const REASON_FRAME = phraseSet(
  '(?:i am |i was |we are )?' + CALLING + ' (?:you )?(?:back )?(?:about|regarding|re|because|since|as|to|with|on|in regards? to|concerning|on behalf)',
  'the reason (?:i am calling|i called|for (?:my|the|this) call|i am ringing|i rang|i wanted to talk)',
  '(?:my|the) (?:reason|purpose|goal) (?:for calling|today|of (?:the|my|this) call)',
  '(?:wanted|want|need|needed|would like|am hoping|was hoping|i would love) to (?:let you know|tell you|update you|give you|share|confirm|book|schedule|set up|arrange|offer|invite|remind you|talk to you about|talk about|discuss|go over|walk you through|ask you about|run something by you|flag|bring you|show you|get your|lock in|nail down|sort out|pin down|get (?:the|your|a|that) )',
  '(?:as|like) (?:i )?promised',
  '(?:as|like) i said i would',
  '(?:following|follow|checking in|check in|touching base|circling back|getting back to you|coming back to you) (?:up )?(?:on|about|regarding|re|with) (?:the|your|our|that|this|a|an|my)(?! (?:call|chat|conversation|last call|catch up)\\b)',
  'getting back to you (?:on|about|with|regarding)',
  '(?:this|it) is (?:about|regarding|in regards to|concerning)',
  '(?:quick|short|brief) (?:update|heads up|question about)',
  'heads up',
  'i (?:have|have got|got|am bringing|bring|come bearing) (?:some |an |a |two |good |great |exciting |quick |important |news|update)',
);

/** Concrete things a call can be about, beyond the scenario's own keywords. */
export const CONCRETE_TOPIC = phraseSet(
  'quotes?',
  'quotation',
  'proposals?',
  'estimates?',
  '(?:re)?orders?',
  'demos?',
  'demonstrations?',
  'deliver(?:y|ies)',
  'shipments?',
  'shipping dates?',
  'plates?',
  'tags',
  'registration',
  'invoices?',
  'bills?',
  'renewals?',
  'appointments?',
  'paperwork',
  'contracts?',
  'polic(?:y|ies)',
  'offers?',
  'promotions?',
  'discounts?',
  'rates?',
  'pric(?:e|es|ing)',
  'financing',
  'finance deal',
  'warrant(?:y|ies)',
  'installation',
  'trials?',
  'samples?',
  'reports?',
  'documents?',
  'results',
  'deadlines?',
  'stock',
  'coverage',
  'regulations?',
  'rules? changes?',
  'law changes?',
  'payments?',
  'refunds?',
  'credits?',
  'replacements?',
  'repairs?',
  'recalls?',
  'oil changes?',
  'inspections?',
  'test drives?',
  'incentives?',
  'rebates?',
  'savings',
  'upgrades?',
  'brochures?',
  'catalog',
  'specs',
  'bookings?',
  'reservations?',
  'pilot',
  'onboarding',
  'training session',
  'walkthrough',
  'premiums?',
  'claims?',
  'fleet',
  'next steps?',
  'service (?:plan|package|contract)',
  'servicing',
  'maintenance',
  'subscription',
  'membership',
  'lease terms',
  'trade ?in',
  'part exchange',
  'valuation',
  'appraisal',
);

/** The rep brings news or an update of their own ("I have an update for you", "some good news"). */
export const NEWS_FRAME = phraseSet(
  '(?:with|have|got|bring|bringing|brought|share|sharing|give you|giving you|pass on|passing on|come bearing) (?:you )?(?:some |an |a |quick |good |great |exciting |important |big |real |fresh |useful |welcome |valuable |fantastic |amazing |interesting )*(?:news|update|heads up|information|info)',
  '(?:good|great|exciting|some|big|important|fresh|welcome|valuable|fantastic|amazing|brilliant|interesting|wonderful|huge|terrific|awesome) news',
  '(?:an|a quick|some) update (?:on|about|for|regarding)',
  '(?:thought|figured) you (?:would|might|should) (?:want|like|be interested|need) to (?:know|see|hear)',
  'you (?:will|would|might) (?:want|like|be interested) to (?:know|hear|see)',
  '(?:wanted|want) to give you a heads up',
  // A teaser: "I've something rather good for you", "got something exciting to show you".
  '(?:have|got|with|bringing) (?:something|a little something|an opportunity|a wee opportunity|a (?:little |wee |small )?something) (?:\\w+ )?(?:good|great|exciting|special|interesting|nice|big|cool)? ?(?:for you|to (?:tell|show|share with) you)',
  // Bringing what the customer was waiting for ("with the surcharge figure you were missing").
  '(?:with|have|have got|got|bring|bringing|brought|here is) (?:the|your|that) (?:\\w+ ){0,3}(?:you (?:asked for|wanted|were (?:missing|waiting for|after|chasing)|needed|requested))',
);

/**
 * A follow-up frame around a topic ("just following up on the quote", "checking in about your test drive", "I'm just calling
 * to follow up on the demo"): it names what the call is about but not why, so it is a reason only with something concrete
 * beside it (news, a benefit, an action to settle, a date).
 */
export const FOLLOW_UP_FRAME = phraseSet(
  '(?:follow(?:ing|ed)? up|check(?:ing|ed)? (?:in|up|back in|back)|touch(?:ing|ed)? bases?|circl(?:e|ing|ed) back|reach(?:ing|ed)? out|just (?:calling|ringing|phoning|giving you a (?:call|ring|buzz)))(?: with you)? (?:on|about|regarding|re|with|in regards? to|concerning|after|over|since)',
  '(?:follow(?:ing|ed)? up|check(?:ing|ed)? in|touch(?:ing|ed)? base)(?: with you)?(?: (?:on|about|after|over))? (?:the|your|our|that|this|my)',
);

/** A concrete thing the rep wants to settle or give on this call ("I'd like to book", "to confirm the date", "so we can lock in"). */
export const ACTION_REASON = phraseSet(
  '(?:want|wanted|need|needed|would like|am hoping|was hoping|i would love|calling|ringing|here|going) to (?:let you know|tell you|update you|give you|offer|invite|book|schedule|set up|arrange|confirm|lock in|nail down|pin down|sort out|fix|correct|get (?:the|your|a|that|it|this|them) (?:\\w+ ){0,3}(?:booked|scheduled|set up|on the calendar|in the diary|sorted|confirmed|fixed|delivered)|show you|walk you through|go over|run you through|send you|bring you|drop off|deliver)',
  'so (?:that )?(?:we|you) can (?:book|lock|set|get|start|save|avoid|pick|choose|confirm|fix)',
  // Settling a date is a concrete reason ("I'd like to get a date in", "to find a slot that works").
  '(?:want|wanted|need|needed|would like|am hoping|was hoping|calling|ringing|here|trying) to (?:get|find|pick|agree|set|fix|lock in|put|choose|settle on|nail) (?:a |the |some |two |an? )?(?:\\w+ )?(?:date|dates|time|times|day|slot|slots)',
  // A moment asked for to settle a date: "have you got 30 seconds to pick a slot?".
  '(?:seconds?|secs?|minutes?|mins?|a moment|a sec) (?:now )?to (?:pick|choose|book|find|agree|fix|set|lock in) (?:a |the |some |two |an? )?(?:\\w+ )?(?:date|dates|time|times|day|slot|slots)',
);
