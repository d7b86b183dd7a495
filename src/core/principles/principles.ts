import type { SourceRef } from './sources';

/** Stable principle ids: scenario files, tests and saved history refer to them. */
export const PRINCIPLE_IDS = [
  'purpose-first',
  'bring-value',
  'know-the-history',
  'own-the-issue',
  'referral-timing',
  'next-step',
  'persist',
  'respect-time',
] as const;

/** One of the eight principle ids. */
export type PrincipleId = (typeof PRINCIPLE_IDS)[number];

/** A scoring principle as data. */
export interface Principle {
  id: PrincipleId;
  title: string;
  /** One or two sentences in the project's own words. */
  explanation: string;
  /** Where the principle comes from; the first entry is the one cited in commentary. */
  sources: readonly SourceRef[];
  /** Default weight in the overall score; scenarios may override it. */
  weight: number;
  /** A generic example of a weak line and a better one, for lessons and fallback commentary. */
  example: { weak: string; better: string };
}

/** The eight principles, in teaching order. */
export const PRINCIPLES: readonly Principle[] = [
  {
    id: 'purpose-first',
    title: 'Lead with a purpose',
    explanation:
      'Decide what the call is for before you dial, and say it within your first two lines. “Just checking in” tells the customer you have nothing for them.',
    sources: [{ article: '000' }, { article: '004' }, { article: '002', commenter: 'Lehrer' }],
    weight: 3,
    example: {
      weak: 'Hi, just touching base to see how everything is going.',
      better: 'Hi, I’m calling about the order you asked us to hold: I have a ship date for you.',
    },
  },
  {
    id: 'bring-value',
    title: 'Bring something worth the call',
    explanation:
      'Give the customer a reason to be glad they picked up: an update on something you owe them, news they have not seen, a benefit they are entitled to, an offer that fits.',
    sources: [{ article: '000' }, { article: '002', commenter: 'Slavin' }, { article: '003' }],
    weight: 2,
    example: {
      weak: 'I was wondering if you needed anything else from us.',
      better: 'The rate change we talked about takes effect next month, and it lowers your renewal: can I walk you through it?',
    },
  },
  {
    id: 'know-the-history',
    title: 'Know the account before you call',
    explanation:
      'Read the notes first: what was promised, what is open, who the contact was. Never make the customer explain their own account to you.',
    sources: [{ article: '004' }, { article: '000' }, { article: '002', commenter: 'Betts' }],
    weight: 2,
    example: {
      weak: 'Sorry, can you remind me what we were working on?',
      better: 'I’m taking over from Priya, who set up the demo for your team last month.',
    },
  },
  {
    id: 'own-the-issue',
    title: 'Own the problem, with an action and a time',
    explanation:
      'When the customer raises a problem, acknowledge it and commit to a specific action and a time to report back. Your own agenda waits until the problem is handled.',
    sources: [{ article: '000' }, { article: '002', commenter: 'Betts' }, { article: '002', commenter: 'Lehrer' }],
    weight: 3,
    example: {
      weak: 'Oh, I’ll look into that for you.',
      better: 'I’m sorry, that should have been sorted. I’ll call the warehouse now and ring you back by 3 pm with a firm date.',
    },
  },
  {
    id: 'referral-timing',
    title: 'Ask for referrals at the right moment',
    explanation:
      'Ask for a referral right after the customer says they are happy, never while a problem is open, and never as the hidden reason for the call.',
    sources: [{ article: '000' }, { article: '001' }],
    weight: 2,
    example: {
      weak: 'So, do you know anyone else who might want one?',
      better: 'I’m glad it’s working so well. Is there anyone you know who’d enjoy the same experience?',
    },
  },
  {
    id: 'next-step',
    title: 'End with an agreed next step',
    explanation:
      'Know what you want settled when you hang up, and finish with a concrete step both of you agreed to: a date, a time, an order, a callback.',
    sources: [{ article: '004' }, { article: '002', commenter: 'Ellis' }, { article: '002', commenter: 'Knox' }],
    weight: 3,
    example: {
      weak: 'OK, well, I’m here if you need me.',
      better: 'Shall I pencil you in for Thursday at 10, and I’ll send the confirmation tonight?',
    },
  },
  {
    id: 'persist',
    title: 'Treat “not now” as “not yet”',
    explanation:
      'A brush-off is rarely a final no. Keep the door open with a specific reason and a time for the next contact, and never retreat into “they know where to find me”. Stop after a clear, repeated no.',
    sources: [{ article: '003' }, { article: '002', commenter: 'Knox' }],
    weight: 2,
    example: {
      weak: 'No problem, just call us whenever you are ready.',
      better: 'Understood. The model you liked arrives next week: can I call you Thursday once it is on the lot?',
    },
  },
  {
    id: 'respect-time',
    title: 'Respect their time',
    explanation:
      'Check whether now is a good moment, keep it short when they are busy, listen, and adapt instead of reading a script at them.',
    sources: [{ article: '004' }, { article: '002', commenter: 'McCants' }, { article: '002', commenter: 'Slavin' }],
    weight: 1,
    example: {
      weak: 'Let me tell you all about our full range of services, starting with…',
      better: 'I know you’re busy, so I’ll be quick: two minutes, or is later today better?',
    },
  },
];

const byId = new Map(PRINCIPLES.map((p) => [p.id, p]));

/** The principle with this id; throws on an unknown id because ids are a closed set. */
export function principleById(id: PrincipleId): Principle {
  const principle = byId.get(id);
  if (!principle) throw new Error(`Unknown principle id: ${id}`);
  return principle;
}

/** True when the string is one of the eight principle ids. */
export function isPrincipleId(value: string): value is PrincipleId {
  return byId.has(value as PrincipleId);
}
