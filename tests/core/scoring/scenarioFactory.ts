import type { Scenario } from '../../../src/core/scenario/scenarioSchema';

type Overrides = Partial<Omit<Scenario, 'persona' | 'facts'>> & {
  persona?: Partial<Scenario['persona']>;
  facts?: Partial<Scenario['facts']>;
};

const line = (text: string) => [text];

/** A small lease-follow-up-like scenario for unit tests, independent of the shipped scenario files. */
export function makeScenario(overrides: Overrides = {}): Scenario {
  const base: Scenario = {
    schemaVersion: 4,
    id: 'test-lease',
    title: 'Test lease follow-up',
    summary: 'A customer who leased a car six weeks ago; plates overdue.',
    difficulty: 'medium',
    channel: 'call',
    briefing: {
      you: 'A sales rep at the dealership.',
      calling: 'Art, who leased a car six weeks ago.',
      history: [{ date: 'six weeks ago', note: 'Lease signed; plates promised within two weeks.' }],
      openItems: ['License plates overdue'],
      goal: 'Update Art on the plates, explain the oil changes, earn a referral.',
    },
    persona: {
      name: 'Art',
      role: 'customer',
      temperament: 'dry',
      patience: 60,
      busy: false,
      greeting: line('Hello?'),
      wants: ['his plates'],
      opensUpWhen: ['the rep brings news'],
      endsCallWhen: ['time wasted'],
      hiddenFacts: [
        {
          id: 'neighbour-shopping',
          text: 'His neighbour is shopping for a car.',
          revealWhen: 'trust',
          meaning: 'Asks whether anyone he knows is looking for a car.',
          examples: [],
          keywords: ['neighbour', 'neighbor'],
        },
      ],
      openIssues: [
        {
          id: 'late-plates',
          summary: 'License plates promised in two weeks, now overdue.',
          meaning: 'License plates promised in two weeks, now overdue.',
          examples: [],
          keywords: ['plates', 'license plates', 'registration', 'tags'],
          raise: line('By the way, I still have not received my plates.'),
          raiseWhen: 'opening',
          ownedReply: line('OK, thanks.'),
          vagueReply: line('You said that last time.'),
          ignoredReply: line('And my plates?'),
        },
      ],
      referral: { give: line('My neighbour is looking.'), decline: line('Not right now.') },
    },
    dialogue: {
      smallTalk: line('Fine.'),
      purposeless: line('Fine.'),
      purposeHeard: line('Go on.'),
      valueHeard: line('Oh?'),
      historyHeard: line('Right.'),
      timeChecked: line('Now is fine.'),
      notNow: line('Not now.'),
      firmNo: line('No.'),
      nextStepAccepted: line('OK.'),
      nextStepVague: line('Sure.'),
      referralEarly: line('Not right now.'),
      ramble: line('Hm.'),
      question: line('Yes?'),
      fallback: line('OK.'),
      hangUp: line('Bye.'),
      goodbye: line('Bye.'),
    },
    principles: { 'purpose-first': 3, 'bring-value': 2, 'know-the-history': 2, 'own-the-issue': 3, 'referral-timing': 2, 'next-step': 3, 'respect-time': 1 },
    facts: {
      historyKeywords: ['lease', 'six weeks', 'two weeks', 'promised'],
      valueItems: [
        {
          id: 'free-oil-changes',
          summary: 'The lease includes free oil changes.',
          meaning: 'The lease includes free oil changes.',
          examples: [],
          keywords: ['oil change', 'free service', 'maintenance'],
        },
      ],
      nextStep: {
        kind: 'appointment',
        meaning: 'Proposes booking an appointment as the next step.',
        examples: [],
        keywords: ['appointment', 'service visit', 'oil change'],
      },
      goalRequires: ['late-plates'],
      startsWithNotNow: false,
    },
    betterLines: { 'purpose-first': 'Hi Art, I am calling about your plates: I have a date for you.' },
    guided: [],
  };
  return {
    ...base,
    ...overrides,
    persona: { ...base.persona, ...overrides.persona },
    facts: { ...base.facts, ...overrides.facts },
  } as Scenario;
}
