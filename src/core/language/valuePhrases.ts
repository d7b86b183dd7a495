import { phraseSet } from './phraseSet';

/** Something the customer gains from the call, beyond the scenario's own value items: news, offers, savings, updates. */
export const GENERIC_VALUE = phraseSet(
  '(?:good|great|exciting|big|important|fresh|welcome) news',
  '(?:i have|i have got|i got|i am bringing|i bring|with|bringing|brought) (?:you )?(?:some |an |a )?(?:quick |short |good |great |real |useful )?(?:news|update|heads up|information|info)',
  '(?:new|special|limited|exclusive|better|lower|reduced|improved|cheaper) (?:offer|deal|rate|price|pricing|promotion|model|option|arrival|arrivals|plan|premium|terms|stock)',
  '(?:you are|you will be|you would be|you may be|you might be) (?:entitled|eligible|covered|qualified)',
  '(?:for free|free of charge|at no (?:extra )?(?:cost|charge)|complimentary|on the house|no charge|included at no|waive(?:d)? the)',
  'free (?:oil|service|servicing|delivery|upgrade|trial|shipping|installation|month|months|year|consultation|quote|assessment|review|inspection|gift|returns?|cover|coverage|training|support|session|maintenance|car wash|valet)',
  '(?:save|saves|saving) (?:you|your)',
  '(?:savings|discount|rebate|incentive|bonus|loyalty (?:price|rate|discount)|volume (?:price|pricing|discount))',
  '(?:has|have|it|they|one|model|stock|colou?r|shipment|order|parts?|version) (?:just |finally |now )?(?:arrived|came in|come in|landed|in stock|back in stock|available|on the lot|in the showroom)',
  '(?:just|finally) (?:arrived|came in|landed|rolled in|turned up|got in)',
  '(?:thought|figured) you (?:would|might|should) (?:want|like|be interested|need) to (?:know|see|hear)',
  '(?:industry|market) (?:news|trend|trends|change|changes|report|update)',
  '(?:your|a|one of your|local) competitors?',
  '(?:rule|regulation|law|legislation|policy|requirement) (?:change|changes|update)',
  '(?:new|changed|changing|upcoming) (?:rule|rules|regulation|regulations|law|laws|requirement|requirements|legislation)',
  '(?:change|changes|update|updates|amendment) (?:to|in) (?:the |your )?(?:\\w+ )?(?:rules?|regulations?|law|laws|requirements?|legislation|terms)',
  '(?:could|would|will|might) (?:save|help|protect|benefit|interest) you',
  '(?:before|ahead of) (?:the |it |they )?(?:deadline|expires|expiry|ends|runs out|month end|price rise|increase)',
  '(?:ends|expires|runs out) (?:at|on|by|this|next|end of)',
  '(?:is|are|has been|have been|now|already|all) (?:sorted|fixed|arranged|booked|shipped|dispatched|on (?:its|their) way|ready for (?:you|pickup|collection))',
  '(?:good|great) to know',
  'tips? (?:on|for|about)',
  'might be (?:useful|helpful|of interest)',
);

/**
 * What makes a mention of a value item news for the customer: it is free or included, has arrived, ends on a date, comes
 * with a figure or a guarantee. "Would you like an oil change sometime?" names the item without any of this.
 */
export const VALUE_CUE = phraseSet(
  'free',
  'includ(?:e|es|ed|ing)',
  'comes? with',
  'covered',
  'no (?:extra )?(?:cost|charge)',
  'complimentary',
  'on us',
  'waived?',
  '(?:just |finally |now )?(?:arrived|came in|come in|landed|in stock|on the lot|in the showroom|rolled in|turned up|got in|showed up|came through|come through|been delivered|delivered)',
  '(?:held|holding|reserved|reserving|on hold|put aside|set aside|kept|keeping|saved|saving) (?:it |one |them )?(?:for you|for her|for him|in your name)',
  '(?:is|are|it is|they are|one is) (?:just |finally |now )?(?:in|here)(?! (?:the|a|an|your|my|our|for|on|at|to|with|touch|charge)\\b)',
  '(?:ends?|expir(?:e|es|ing)|runs? out|finish(?:es)?|clos(?:e|es)|stops?|wraps? up|deadline|until|till|before|from|starting|starts|as of|by) (?:the |on |at |this |next |end of )?(?:\\d|first|1st|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|month|week|today|tomorrow)',
  '\\d+(?:\\.\\d+)? ?(?:%|percent|per cent)',
  '(?:eight|ten|five|twenty) (?:percent|per cent)',
  'guarantee(?:d|s)?',
  'record',
  'sav(?:e|es|ed|ing|ings)',
  'discount',
  'lower',
  'cheaper',
  'locked',
  'new (?:rule|rules|regulation|regulations|law|requirement)',
  '(?:rule|regulation|law) (?:change|changes)',
  '(?:must|have to|need to) (?:name|list|add|declare)',
  'not (?:be )?covered',
  'ready (?:to|for)',
  'still (?:available|on offer|yours|open)',
);
