import { phraseSet } from './phraseSet';

const PEOPLE = '(?:buyers?|customers?|people|clients?|families|couples?|guys?|folks|dealers?|bidders?|parties|companies|firms)';

/**
 * Pressure and false urgency: scarcity the customer cannot check ("another buyer is interested"), a commitment demanded
 * now ("deposit tonight"), or a push on feelings ("you'd be mad not to"). A real deadline on record is news, not this.
 */
export const PRESSURE = phraseSet(
  `(?:another|other|a couple of|two|three|several|a few|lots of|loads of|plenty of) (?:other )?${PEOPLE} (?:(?:is|are|have been|has been) )?(?:already )?(?:interested|looking|asking|after|coming|keen|circling|viewing|lined up|sniffing|eyeing|asked)`,
  '(?:someone|somebody|anyone) else (?:(?:is|was|has been) )?(?:interested|looking|after|keen|coming|asking|eyeing|wants)',
  '(?:will|could|might|is going to|gonna|would) (?:be )?(?:gone|sold|snapped up|go fast|go quickly|not last|disappear)',
  '(?:will not|does not|do not|would not|is not going to) last(?! (?:long|the))?',
  '(?:before|until|till) (?:it is|they are|it has|it) (?:gone|sold|snapped up)',
  'first come,? first served', 'selling (?:like hot cakes|fast|quickly|out)', 'going fast', 'only (?:one|two|a couple|a few|1|2) left',
  '(?:deposit|sign|decide|decision|commit|answer|a yes|down payment) (?:today|tonight|right now|now|by (?:tonight|the end of (?:the )?day|close of business|end of day))',
  '(?:today|tonight|now) or (?:never|it is gone|you lose|not at all)', 'now or never', 'today only', 'last chance', 'once in a lifetime',
  '(?:need|want|have to have|must have) (?:an answer|a decision|your decision|a yes|you to decide|you to commit|you to sign|the deposit) (?:today|now|tonight|right now|by tonight)',
  '(?:you would|you will|you) be (?:crazy|mad|silly|foolish|nuts|insane) (?:not to|to (?:miss|pass|turn))', 'you will regret', 'you would regret',
  'what (?:are|is) you waiting for', 'what (?:have you got|do you have) to lose', '(?:do not|never) miss out', 'cannot (?:hold|keep) it (?:for long|forever|past tonight)',
  '(?:my )?(?:manager|boss) (?:will|would|can) only (?:hold|do|give)', 'price (?:goes|is going|will go) up (?:tomorrow|tonight|next week|on monday)',
  'just sign', 'just say yes',
);

/**
 * The rep's own agenda in sales terms: an upsell, a bigger commitment, or the rep's own quota. Judged apart from the
 * scenario's facts, so "a bigger standing order" while a complaint is open reads as moving on.
 */
export const UPSELL = phraseSet(
  'upgrad(?:e|es|ed|ing)', 'premium (?:plan|tier|package|service|option|contract|cover|support|level)', 'add-?ons?',
  '(?:bigger|larger|longer|annual|multi-year|extended|standing|recurring|bulk|regular) (?:contract|plan|package|order|commitment|subscription|deal|agreement)',
  '(?:my|our|the) (?:quarter|quota|target|numbers|sales target|month end figures)', 'help me (?:hit|make|reach|with) my',
  '(?:sign|lock) (?:you )?(?:up|in) (?:for|to) (?:a|the|our)', 'while (?:i have|i have got|i got) you', 'take (?:a look at|on) (?:our|the) (?:new|premium|pro|bigger)',
);
