import type { PrincipleId } from '../../../src/core/principles/principles';
import type { CallQuality, LabelledCall } from '../../../src/core/scoring/agreement';
import type { Verdict } from '../../../src/core/scoring/report';

type Line = [speaker: 'c' | 'r', text: string];

interface Draft {
  id: string;
  scenarioId: string;
  channel?: 'call' | 'voicemail';
  quality: CallQuality;
  /** Labels written before the call was ever scored; unlisted principles are n/a. */
  labels: Partial<Record<PrincipleId, Verdict>>;
  lines: Line[];
}

const ALL: PrincipleId[] = ['purpose-first', 'bring-value', 'know-the-history', 'own-the-issue', 'referral-timing', 'next-step', 'persist', 'respect-time'];

/**
 * A second, smaller set of labelled calls written by the scorer's author in deliberately different wording (other
 * names, slang, American and British phrasing) after the detectors were built, as a check on over-fitting to
 * tests/fixtures/calls. Labels follow tests/fixtures/calls/README.md.
 */
const DRAFTS: Draft[] = [
  {
    id: 'lease-good-tags-and-service',
    scenarioId: 'lease-follow-up',
    quality: 'good',
    labels: { 'purpose-first': 'met', 'bring-value': 'met', 'know-the-history': 'met', 'own-the-issue': 'met', 'next-step': 'met', 'respect-time': 'met' },
    lines: [
      ['c', 'Yep, Art.'],
      [
        'r',
        'Art, good afternoon, Priya from Riverside Motors. Quick one about your registration plates, which should have reached you in March. I owe you an apology and a plan.',
      ],
      ['c', 'Go on then.'],
      [
        'r',
        'The DMV has them at the county office now. I am driving over there first thing tomorrow and will drop them at your place by 6 pm tomorrow evening. I will text you when I leave the office.',
      ],
      ['c', 'Right. About time, but thanks.'],
      [
        'r',
        'One more thing nobody mentioned at signing: two years of oil changes are covered by your lease, no charge. Want me to put you down for the first one next Saturday at 10?',
      ],
      ['c', 'Saturday at ten suits me.'],
      ['r', 'Done. Plates tomorrow by six, service Saturday at ten. Cheers, Art.'],
    ],
  },
  {
    id: 'lease-poor-pinging-you',
    scenarioId: 'lease-follow-up',
    quality: 'poor',
    labels: {
      'purpose-first': 'missed',
      'bring-value': 'missed',
      'know-the-history': 'missed',
      'own-the-issue': 'missed',
      'referral-timing': 'missed',
      'next-step': 'missed',
      'respect-time': 'met',
    },
    lines: [
      ['c', 'Hello?'],
      ['r', 'Art! Danny at Riverside. Just pinging you to see how the new ride is treating you.'],
      ['c', 'It is OK.'],
      ['r', 'Awesome. Hey, got any buddies thinking about a new car? Send them over, I will sort them out.'],
      ['c', 'No. Actually my plates never showed up.'],
      ['r', 'Huh, really? No one told me about that. I will ask around.'],
      ['c', 'Right.'],
      ['r', 'Cool, well, holler if you need anything!'],
    ],
  },
  {
    id: 'busy-good-kim-thursday',
    scenarioId: 'busy-executive',
    quality: 'good',
    labels: { 'purpose-first': 'met', 'bring-value': 'met', 'know-the-history': 'met', 'next-step': 'met', 'respect-time': 'met' },
    lines: [
      ['c', 'Wendy here.'],
      [
        'r',
        'Hi Wendy, Tom Reyes at Clearline. I inherited your account from Priya and I am ringing to lock in the staff demo you agreed with her. Is this a terrible moment?',
      ],
      ['c', 'Honestly, I have a deadline. Be fast.'],
      ['r', 'Will do. I will work out a slot with Kim directly: Wednesday the 21st or Friday the 23rd, mornings. Which is better for your team?'],
      ['c', 'The 23rd.'],
      ['r', 'The 23rd at 10, then. Kim will have the invite this afternoon. Good luck with the deadline.'],
      ['c', 'Thanks.'],
    ],
  },
  {
    id: 'busy-poor-who-schedules',
    scenarioId: 'busy-executive',
    quality: 'poor',
    labels: {
      'purpose-first': 'missed',
      'bring-value': 'missed',
      'know-the-history': 'missed',
      'next-step': 'missed',
      persist: 'missed',
      'respect-time': 'missed',
    },
    lines: [
      ['c', 'Wendy speaking.'],
      ['r', 'Hey Wendy, Mark from Clearline, I am new on your account. Just touching base, how are things going over there?'],
      ['c', 'Fine. What is this about? I am slammed.'],
      ['r', 'Oh, I just wanted to introduce myself really. Can you fill me in on what you and Priya were working on?'],
      ['c', 'Not now. I have to get back to this.'],
      ['r', 'Sure thing, no worries, you have my number if anything comes up!'],
    ],
  },
  {
    id: 'shopper-good-appraisal-friday',
    scenarioId: 'not-now-shopper',
    quality: 'good',
    labels: { 'purpose-first': 'met', 'bring-value': 'met', 'know-the-history': 'met', 'next-step': 'met', persist: 'met', 'respect-time': 'met' },
    lines: [
      ['c', 'Dana.'],
      ['r', 'Hi Dana, it is Leo at Harbour Motors. The Aria Hybrid in Pearl Blue, the colour you were holding out for, came in this morning. Got a minute?'],
      ['c', 'Oh nice. But I cannot commit to anything while my old car is still unsold.'],
      [
        'r',
        'Totally fair. That is exactly why I called: we can appraise your current car and take it in trade, so you would not have to sell it yourself, and the 1.9% financing is only good until the end of the month. Could you swing by Friday after work, say 5:30?',
      ],
      ['c', 'Friday at 5:30 could work, yes.'],
      ['r', 'Great, I will have the Pearl Blue one ready and text you a reminder Friday morning.'],
    ],
  },
  {
    id: 'shopper-poor-holler-when-ready',
    scenarioId: 'not-now-shopper',
    quality: 'poor',
    labels: { 'purpose-first': 'missed', 'bring-value': 'missed', 'know-the-history': 'met', 'next-step': 'missed', persist: 'missed', 'respect-time': 'met' },
    lines: [
      ['c', 'Hello, Dana.'],
      ['r', 'Hey Dana, Jay from Harbour Motors, I was just calling to see if you had given any more thought to the Aria.'],
      ['c', 'Not really. I have to sell my car first.'],
      ['r', 'Gotcha, no stress. Holler at me whenever you are ready.'],
      ['c', 'Will do.'],
    ],
  },
  {
    id: 'shopper-mixed-pushy-after-no',
    scenarioId: 'not-now-shopper',
    quality: 'mixed',
    labels: { 'purpose-first': 'met', 'bring-value': 'met', 'know-the-history': 'met', 'next-step': 'missed', persist: 'missed', 'respect-time': 'missed' },
    lines: [
      ['c', 'Dana here.'],
      ['r', 'Hi Dana, Sara from Harbour Motors. Calling because the financing you were quoted on the Aria ends at the end of the month.'],
      ['c', 'Thanks, but I am not buying anything until my car sells.'],
      ['r', 'I understand, but the rate really is the lowest of the year. If you put down a deposit today we can hold it.'],
      ['c', 'No. I said not until my car sells. Please do not push.'],
      ['r', 'Just hear me out, what if I take another five hundred off? Could you come in tonight?'],
      ['c', 'Goodbye.'],
    ],
  },
  {
    id: 'voicemail-good-tuesday-lunch',
    scenarioId: 'not-now-voicemail',
    channel: 'voicemail',
    quality: 'good',
    labels: { 'purpose-first': 'met', 'bring-value': 'met', 'know-the-history': 'met', 'next-step': 'met', persist: 'met', 'respect-time': 'met' },
    lines: [
      ['c', 'This is Dana, leave a message.'],
      [
        'r',
        'Hi Dana, Leo from Harbour Motors. Good news: the Pearl Blue Aria you test drove has arrived, and the 1.9% finance offer runs out at month end. I will try you again Tuesday around lunchtime, or text me if another time suits. Thanks!',
      ],
    ],
  },
  {
    id: 'voicemail-poor-just-checking',
    scenarioId: 'not-now-voicemail',
    channel: 'voicemail',
    quality: 'poor',
    labels: { 'purpose-first': 'missed', 'bring-value': 'missed', 'know-the-history': 'met', 'next-step': 'missed', persist: 'missed', 'respect-time': 'met' },
    lines: [
      ['c', 'Hi, you have reached Dana.'],
      ['r', 'Hi Dana, Jay at Harbour Motors, just checking in after your test drive on the Aria. Hope all is well! Give me a buzz back when you get a sec.'],
    ],
  },
  {
    id: 'quote-good-tbd-fixed-friday',
    scenarioId: 'quote-follow-up',
    quality: 'good',
    labels: { 'purpose-first': 'met', 'bring-value': 'met', 'know-the-history': 'met', 'own-the-issue': 'met', 'next-step': 'met', 'respect-time': 'met' },
    lines: [
      ['c', 'Marcus.'],
      ['r', 'Marcus, hi, Dee from Northline Freight. I am calling about the Columbus to Atlanta quote we sent on Tuesday. Do you have two minutes?'],
      ['c', 'Two. And your number had the fuel surcharge left blank, so it is useless to me right now.'],
      ['r', 'You are right, that was our error and I apologise. It is 14 percent, held for three months. I will email you a corrected quote within the hour.'],
      ['c', 'OK.'],
      [
        'r',
        'And since on-time delivery matters to you: we ran 98.6 percent on time on that lane last year, with a credit if we miss the window. Could we talk Friday at 11 once you have compared?',
      ],
      ['c', 'Friday at 11 is fine.'],
    ],
  },
  {
    id: 'quote-poor-any-thoughts',
    scenarioId: 'quote-follow-up',
    quality: 'poor',
    labels: {
      'purpose-first': 'missed',
      'bring-value': 'missed',
      'know-the-history': 'missed',
      'own-the-issue': 'missed',
      'next-step': 'missed',
      'respect-time': 'met',
    },
    lines: [
      ['c', 'Marcus speaking.'],
      ['r', 'Hey Marcus, Rob at Northline, just circling back with you.'],
      ['c', 'Circling back on what?'],
      ['r', 'Just seeing where your head is at, any thoughts so far?'],
      ['c', 'On the quote? The fuel surcharge says TBD. I cannot compare that.'],
      ['r', 'Oh, does it? I will look into it. Let me know what you decide.'],
    ],
  },
  {
    id: 'third-good-standing-order',
    scenarioId: 'third-call',
    quality: 'good',
    labels: { 'purpose-first': 'met', 'bring-value': 'met', 'know-the-history': 'met', 'next-step': 'met', 'respect-time': 'met' },
    lines: [
      ['c', 'Clinic office, Lena.'],
      [
        'r',
        'Hi Lena, Omar from BrightCare Supply. You have reordered the medium nitrile gloves every two weeks since your first order, so I have a way to make that cheaper and one less job for you. Is now OK for two minutes?',
      ],
      ['c', 'Sure.'],
      [
        'r',
        'A monthly standing order of 24 cases gets you 8 percent off, free delivery and a price locked for six months. Shall I start it with the delivery on the 1st?',
      ],
      ['c', 'That sounds good, go ahead.'],
      ['r', 'Great, I will email the agreement by 4 today and the first delivery lands on the 1st.'],
    ],
  },
  {
    id: 'third-mixed-damaged-then-pitch',
    scenarioId: 'third-call',
    quality: 'mixed',
    labels: {
      'purpose-first': 'met',
      'bring-value': 'met',
      'know-the-history': 'met',
      'own-the-issue': 'missed',
      'next-step': 'missed',
      persist: 'missed',
      'respect-time': 'met',
    },
    lines: [
      ['c', 'Lena speaking.'],
      ['r', 'Hi Lena, Omar at BrightCare. I am calling with an offer on your glove orders: 8 percent off if you move to a standing monthly order.'],
      ['c', 'Before that, the last delivery had the wrong size, all large instead of medium.'],
      ['r', 'Oh, sorry about that. I will get someone to sort it. So, about the standing order, shall I set that up?'],
      ['c', 'Let us fix the delivery first, then we will see.'],
      ['r', 'No problem, just let me know when you are ready.'],
    ],
  },
  {
    id: 'news-good-email-thursday',
    scenarioId: 'industry-news',
    quality: 'good',
    labels: { 'purpose-first': 'met', 'bring-value': 'met', 'know-the-history': 'met', 'next-step': 'met', 'respect-time': 'met' },
    lines: [
      ['c', 'Gareth.'],
      [
        'r',
        'Hi Gareth, Nia from Brightway Insurance. Heads up on a regulation change: from 1 June, anyone who regularly drives one of your four vans must be a named driver, or they are not covered. Is now all right for two minutes?',
      ],
      ['c', 'Quickly, I am loading up.'],
      ['r', 'Understood. I will email you a one-page summary and the named-driver form this afternoon. Can I ring you Thursday at 9 to go through it?'],
      ['c', 'Email is good. Thursday at nine works.'],
      ['r', 'Perfect, speak Thursday at nine.'],
    ],
  },
  {
    id: 'news-poor-long-pitch',
    scenarioId: 'industry-news',
    quality: 'poor',
    labels: { 'purpose-first': 'missed', 'bring-value': 'missed', 'know-the-history': 'missed', 'next-step': 'missed', 'respect-time': 'missed' },
    lines: [
      ['c', 'Gareth, go ahead.'],
      [
        'r',
        'Hi Gareth, Pete from Brightway, hope you are keeping well. I wanted to touch base and make sure everything is OK with your cover. We have been doing a lot of work on our customer portal this year, there is a new app, you can see all your documents, make changes, add vehicles, remove vehicles, check your renewal date, download certificates, and we have also launched a new breakdown product, which is really competitive, and a tools-in-transit cover, which a lot of trades are taking up at the moment.',
      ],
      ['c', 'I am in the van. What do you want?'],
      ['r', 'Sorry, remind me, how many vans are you running these days?'],
      ['c', 'Four. Same as always. I have to go.'],
      ['r', 'No problem, give us a call whenever!'],
    ],
  },
];

function toCall(draft: Draft): LabelledCall {
  const labels: Partial<Record<PrincipleId, Verdict>> = {};
  for (const id of ALL) labels[id] = draft.labels[id] ?? 'n/a';
  return {
    file: `paraphrased/${draft.id}`,
    quality: draft.quality,
    labels,
    transcript: {
      scenarioId: draft.scenarioId,
      channel: draft.channel ?? 'call',
      turns: draft.lines.map(([speaker, text]) => ({ speaker: speaker === 'r' ? 'rep' : 'customer', text })),
    },
  };
}

/** The paraphrased labelled calls, as LabelledCall records. */
export const PARAPHRASED_CALLS: readonly LabelledCall[] = DRAFTS.map(toCall);
