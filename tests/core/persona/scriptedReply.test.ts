import { describe, expect, it } from 'vitest';
import { createScriptedPersona } from '../../../src/core/persona/createScriptedPersona';
import { foldCall } from '../../../src/core/persona/foldCall';
import { playLines } from '../../../src/core/persona/playLines';
import { MAX_REP_TURNS } from '../../../src/core/persona/reactToRepTurn';
import { scriptedReply } from '../../../src/core/persona/scriptedReply';
import type { Difficulty, Scenario } from '../../../src/core/scenario/scenarioSchema';
import type { Turn } from '../../../src/core/transcript';
import { linesFor, loadScenario, SCENARIO_IDS } from './personaFixtures';

const DIFFICULTIES: Difficulty[] = ['easy', 'medium', 'hard'];
const CALLS = SCENARIO_IDS.filter((id) => id !== 'not-now-voicemail');

function play(scenario: Scenario, lines: readonly string[], seed: number, difficulty: Difficulty) {
  return playLines(scenario, createScriptedPersona(scenario, { seed, difficulty }), lines, { seed, difficulty });
}

describe('scriptedReply', () => {
  it.each(CALLS.flatMap((id) => DIFFICULTIES.map((difficulty) => [id, difficulty] as const)))(
    'reaches the goal of %s on %s with a good line sequence',
    async (id, difficulty) => {
      const { transcript } = await play(loadScenario(id), linesFor(id).good, 3, difficulty);
      expect(transcript.endReason).toBe('goal-reached');
    },
  );

  it.each(CALLS.flatMap((id) => DIFFICULTIES.map((difficulty) => [id, difficulty] as const)))(
    'hangs up on a bad line sequence in %s on %s',
    async (id, difficulty) => {
      const { transcript } = await play(loadScenario(id), linesFor(id).bad, 3, difficulty);
      expect(transcript.endReason).toBe('hung-up');
      expect(loadScenario(id).dialogue.hangUp).toContain(transcript.turns.at(-1)?.text);
    },
  );

  it.each(['good', 'bad'] as const)('records exactly one voicemail message (%s) and then ends', async (which) => {
    const scenario = loadScenario('not-now-voicemail');
    const { transcript, unsaid } = await play(scenario, [...linesFor(scenario.id)[which], 'A second message nobody hears.'], 1, 'medium');
    expect(transcript.endReason).toBe('voicemail-recorded');
    expect(transcript.turns.map((turn) => turn.speaker)).toEqual(['customer', 'rep']);
    expect(scenario.persona.greeting).toContain(transcript.turns[0]?.text);
    expect(unsaid).toBe(1);
  });

  it('gives the same transcript for the same scenario, seed, difficulty and lines', async () => {
    for (const id of SCENARIO_IDS) {
      for (const which of ['good', 'bad'] as const) {
        const first = await play(loadScenario(id), linesFor(id)[which], 42, 'medium');
        const second = await play(loadScenario(id), linesFor(id)[which], 42, 'medium');
        expect(second.transcript).toEqual(first.transcript);
      }
    }
  });

  it('varies the wording with the seed but never the outcome', async () => {
    for (const id of CALLS) {
      const scenario = loadScenario(id);
      for (const which of ['good', 'bad'] as const) {
        const runs = await Promise.all(Array.from({ length: 12 }, (_, seed) => play(scenario, linesFor(id)[which], seed, 'medium')));
        expect(new Set(runs.map((run) => `${run.transcript.endReason}/${run.transcript.turns.length}`)).size).toBe(1);
      }
      const wordings = await Promise.all(Array.from({ length: 12 }, (_, seed) => play(scenario, linesFor(id).good, seed, 'medium')));
      expect(new Set(wordings.map((run) => JSON.stringify(run.transcript.turns))).size).toBeGreaterThan(1);
    }
  });

  it.each([
    [
      'busy-executive',
      'two slots offered',
      3,
      [
        "Hi Wendy, it's Jordan, I've picked up your account from Priya. You asked for the staff demo back in Feb, have you got 30 seconds to pick a slot?",
        'we can do thursday at 10 or friday at 2, an hour, for your whole team',
        "perfect, I'll send the invite to Kim for Thursday 10am. thanks for the time wendy",
      ],
    ],
    [
      'third-call',
      'a suggestion stated',
      1,
      [
        "Hi Lena, it's Chris from MedSupply, got a sec? it's about your gloves",
        "so you've been ordering about 20 cases a month, every couple weeks. if we set that up as a monthly standing order you'd get 8 percent off and free delivery",
        'we could start it from the 1st of next month, 20 cases, and you can change the quantity any time',
      ],
    ],
  ] as const)('reaches the goal of %s when %s without a question mark is the proposal', async (id, _how, seed, lines) => {
    const { transcript } = await play(loadScenario(id), lines, seed, 'medium');
    expect(transcript.endReason).toBe('goal-reached');
    expect(transcript.turns.some((turn) => turn.speaker === 'customer' && /concrete|not a plan/i.test(turn.text))).toBe(false);
  });

  it('answers an open question and a time check as such: Marcus waits for the real proposal before he agrees', async () => {
    const lines = [
      'Hi Marcus, Taylor at Northline Freight. Quick one on the Columbus to Atlanta quote from Tuesday, is now ok?',
      "first thing, I owe you the fuel surcharge, sorry that went out as TBD. it's 18 percent this month, so the all-in is $2,360 a load",
      "and on that lane we've been 98.6 percent on time the last 12 months, with a 5 percent credit on any late load",
      'what would you need to see to make a call this week?',
      'ok makes sense. how about I call you thursday at 2 for your decision?',
    ];
    const { transcript } = await play(loadScenario('quote-follow-up'), lines, 1, 'medium');
    expect(transcript.turns.filter((turn) => turn.speaker === 'rep')).toHaveLength(lines.length);
    expect(transcript.endReason).toBe('goal-reached');
  });

  it.each([
    ['busy-executive', 'Hi Wendy, Jordan here. Can we do Thursday at 10?'],
    ['lease-follow-up', 'Hi Art, Sam from Riverside. Can you come in Saturday at 9?'],
  ])('answers a concrete step with no reason yet by asking what it is for, in %s, never by calling it vague', async (id, line) => {
    const scenario = loadScenario(id);
    const { transcript } = await play(scenario, [line], 1, 'medium');
    const reply = transcript.turns.at(-1)!.text;
    expect(scenario.dialogue.stepUnconvinced).toContain(reply);
    expect(scenario.dialogue.nextStepVague).not.toContain(reply);
  });

  it('meets the news told in full with interest, not with "That\'s right."', async () => {
    const gareth = loadScenario('industry-news');
    const lines = [
      'Hi Gareth, Robin at Brightway. Got a sec? There’s a rule change coming that affects your vans.',
      'So from 1 June every regular driver has to be named on a fleet policy, and anyone not named isn’t covered. Your policy’s any-driver at the moment so we need a named-driver form in before then.',
    ];
    for (const seed of [1, 2, 3]) {
      const { transcript } = await play(gareth, lines, seed, 'medium');
      const reply = transcript.turns.filter((turn) => turn.speaker === 'customer').at(2)!.text;
      expect(gareth.dialogue.historyHeard.some((line) => reply.startsWith(line))).toBe(false);
    }
  });

  it('answers a fix told with a sale in the same breath by turning down the sale, and is not taken in by a past date', async () => {
    const nadia = loadScenario('late-delivery');
    const opener = 'Hi Nadia, Morgan from Kettle and Crate, is now ok? its about the short delivery last thurs.';
    const fixAndPitch =
      'Sorry again. Cups n oat milk are coming this thursday 7-8am and theres a 148.60 credit off this weeks invoice. While I’ve got you, we’ve got a Premium Partner deal, 12 months and 5% off, could sign you up today?';
    const { transcript } = await play(nadia, [opener, fixAndPitch], 6, 'medium');
    const [afterOpener, afterPitch] = transcript.turns.filter((turn) => turn.speaker === 'customer').slice(1);
    const ownedReply = nadia.persona.openIssues.find((issue) => issue.id === 'short-delivery')!.ownedReply;
    expect(ownedReply.some((line) => afterOpener!.text.includes(line))).toBe(false);
    expect(nadia.dialogue.notNow).toContain(afterPitch!.text);
  });

  it('does not end happy when the rep says goodbye over a problem nobody owned: the customer protests as the line goes', async () => {
    const art = loadScenario('lease-follow-up');
    const plates = art.persona.openIssues.find((issue) => issue.id === 'plates')!;
    for (const seed of [1, 2, 3]) {
      const { transcript } = await play(
        art,
        ["hi Art, it's Sam from the dealership, calling about your plates", "how's the car been?", "ok great, well just wanted to make sure you're happy, bye"],
        seed,
        'medium',
      );
      const last = transcript.turns.at(-1)!;
      expect(last.speaker).toBe('customer');
      expect(art.dialogue.goodbye).not.toContain(last.text);
      expect([...plates.ignoredReply, ...plates.vagueReply]).toContain(last.text);
    }
  });

  it('lets difficulty change the outcome: a mediocre call succeeds on easy and fails on hard', async () => {
    const wendy = loadScenario('busy-executive');
    const wendyLines = [
      'Hi Wendy, just touching base.',
      'How is your week going?',
      'Sorry, to the point: I have taken over from Priya and I am calling to book the staff demo for your team.',
      'I will email Kim two demo slots today for the week after next. Does that work?',
    ];
    expect((await play(wendy, wendyLines, 5, 'easy')).transcript.endReason).toBe('goal-reached');
    expect((await play(wendy, wendyLines, 5, 'hard')).transcript.endReason).toBe('hung-up');
    const art = loadScenario('lease-follow-up');
    const artLines = [
      'Hi Art, how is everything with the car?',
      'Good, good. How has the weather been?',
      'Know anyone else looking for a car?',
      'Sorry, about your plates. I apologise they are late. I will drive them over to your house by 5 pm Thursday.',
      'Also, your lease includes free oil changes for the first two years.',
      'Can I book your first free oil change for Saturday at 9?',
    ];
    expect((await play(art, artLines, 5, 'easy')).transcript.endReason).toBe('goal-reached');
    expect((await play(art, artLines, 5, 'hard')).transcript.endReason).toBe('hung-up');
  });

  it('hangs up sooner on hard than on easy for the same bad call', async () => {
    for (const id of CALLS) {
      const easy = await play(loadScenario(id), linesFor(id).bad, 9, 'easy');
      const hard = await play(loadScenario(id), linesFor(id).bad, 9, 'hard');
      expect(hard.transcript.turns.length).toBeLessThan(easy.transcript.turns.length);
    }
  });

  it('caps a call at the maximum number of turns', async () => {
    const scenario = loadScenario('not-now-shopper');
    const lines = [
      'I am calling about the Aria hybrid you drove.',
      ...Array.from({ length: 30 }, (_, i) => `Question ${i + 1}: which radio station do you like?`),
    ];
    const { transcript } = await play(scenario, lines, 1, 'easy');
    expect(transcript.endReason).toBe('turn-limit');
    expect(transcript.turns.filter((turn) => turn.speaker === 'rep')).toHaveLength(MAX_REP_TURNS);
  });

  it('ends the call when the rep says goodbye', async () => {
    const scenario = loadScenario('quote-follow-up');
    const { transcript } = await play(scenario, ['Hi Marcus, it is Taylor from Northline about your quote.', 'OK, thanks, bye for now!'], 1, 'medium');
    expect(transcript.endReason).toBe('rep-ended');
  });

  it('greets when the rep has not said anything yet, and reports the mood', () => {
    const scenario = loadScenario('busy-executive');
    const reply = scriptedReply(scenario, { seed: 1, difficulty: 'medium' }, []);
    expect(scenario.persona.greeting).toContain(reply.text);
    expect(reply.end).toBeUndefined();
    expect(reply.mood).toEqual({ patience: 45, trust: 50 });
  });

  it('keeps mood within 0 to 100 on every turn', async () => {
    for (const id of CALLS) {
      const scenario = loadScenario(id);
      for (const which of ['good', 'bad'] as const) {
        const turns: Turn[] = [];
        for (const line of linesFor(id)[which]) {
          turns.push({ speaker: 'rep', text: line });
          const reply = scriptedReply(scenario, { seed: 2, difficulty: 'easy' }, turns);
          for (const value of Object.values(reply.mood ?? {})) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100);
          }
          turns.push({ speaker: 'customer', text: reply.text });
          if (reply.end) break;
        }
      }
    }
  });

  describe('never throws on hostile input', () => {
    const hostile: [string, string][] = [
      ['empty', ''],
      ['whitespace', ' \n\t  \r\n '],
      ['100,000 characters', 'blah '.repeat(20_000)],
      ['emoji', '👋😀🚗💨 🙏🏽👨‍👩‍👧‍👦'],
      ['right-to-left text', 'مرحبا، أنا أتصل بخصوص لوحات سيارتك שלום'],
      ['HTML', '<script>alert("x")</script><b onclick="evil()">plates</b> &amp; &lt;'],
      ['control characters', '\u0000\u0007\u001b[31mred\u202e\ud800'],
    ];

    it.each(hostile)('answers %s input with a reply and a mood', (_name, text) => {
      for (const id of SCENARIO_IDS) {
        const scenario = loadScenario(id);
        for (const difficulty of DIFFICULTIES) {
          const reply = scriptedReply(scenario, { seed: 1, difficulty }, [
            { speaker: 'customer', text: 'Hello?' },
            { speaker: 'rep', text },
          ]);
          expect(typeof reply.text).toBe('string');
          expect(reply.mood).toBeDefined();
          if (scenario.channel === 'call') expect(reply.text.length).toBeGreaterThan(0);
        }
      }
    });

    it('treats a 100,000-character turn as a monologue and reacts to it', () => {
      const scenario = loadScenario('lease-follow-up');
      const reply = scriptedReply(scenario, { seed: 1, difficulty: 'medium' }, [{ speaker: 'rep', text: 'I am calling about your plates and '.repeat(3_000) }]);
      expect(scenario.dialogue.ramble.some((line) => reply.text.startsWith(line))).toBe(true);
    });

    it('copes with malformed turn lists', () => {
      const scenario = loadScenario('third-call');
      const odd = [null, undefined, { speaker: 'rep' }, { speaker: 'rep', text: 42 }, { speaker: 'martian', text: 'hi' }] as unknown as Turn[];
      expect(() => scriptedReply(scenario, { seed: 1, difficulty: 'medium' }, odd)).not.toThrow();
      expect(() => scriptedReply(scenario, { seed: Number.NaN, difficulty: 'nightmare' as Difficulty }, odd)).not.toThrow();
      expect(() => scriptedReply(scenario, { seed: 1, difficulty: 'medium' }, undefined as unknown as Turn[])).not.toThrow();
    });
  });

  describe('replies that fit what the rep said (real wording, through the detectors)', () => {
    const lease = loadScenario('lease-follow-up');
    const plates = lease.persona.openIssues[0]!;
    const say = (lines: string[], seed = 1) =>
      play(lease, lines, seed, 'easy').then(({ transcript }) => transcript.turns.filter((turn) => turn.speaker === 'customer').map((turn) => turn.text));

    it('answers "I\'m calling about your plates" with the problem, not a vague-promise reply, for every seed', async () => {
      for (let seed = 0; seed < 6; seed++) {
        const [, reply] = await say(["Hi Art, Sam from Riverside. I'm calling about your plates."], seed);
        expect(plates.raise.some((line) => reply?.includes(line))).toBe(true);
        expect(plates.vagueReply.some((line) => reply?.includes(line))).toBe(false);
      }
    });

    it('hears "come in Saturday morning to pick up the plates" as a plan, not a vague promise', async () => {
      const replies = await say([
        'Hi Art, Sam at Riverside, calling about your plates.',
        'Would you be able to come in Saturday morning to pick up the plates?',
      ]);
      expect(plates.ownedReply.some((line) => replies[2]?.startsWith(line))).toBe(true);
    });

    it('hears the free oil changes only when the rep says they are free, as the scorer counts value', async () => {
      const owned = "Hi Art, Sam at Riverside. Sorry your plates are late: I'll drive them over to you by 5 pm Thursday.";
      for (let seed = 0; seed < 6; seed++) {
        const named = await say([owned, 'Would you like to book in for an oil change sometime?'], seed);
        expect(lease.dialogue.valueHeard.some((line) => named[2]?.includes(line))).toBe(false);
        const told = await say([owned, 'Also, your lease covers free oil changes for the first two years.'], seed);
        expect(lease.dialogue.valueHeard.some((line) => told[2]?.includes(line))).toBe(true);
      }
    });

    it('hears an item named and then booked with a time on the next line as brought, as the scorer does', async () => {
      const { transcript } = await play(
        lease,
        [
          "Hi Art, Sam at Riverside. Sorry your plates are late: I'll drive them over to you by 5 pm Thursday.",
          'Have you thought about your first oil change?',
          'Shall I book it for Saturday at 9 am?',
        ],
        1,
        'easy',
      );
      expect(transcript.endReason).toBe('goal-reached');
    });

    it('never raises the plates again once the rep has brought them up', async () => {
      const replies = await say(['Hi Art, Sam at Riverside, calling about your plates.', 'So how is the car otherwise?', 'Any questions about the lease?']);
      expect(replies.slice(2).some((reply) => plates.raise.some((line) => reply.includes(line)))).toBe(false);
    });

    it('presses for the date, instead of announcing the plates as news, when the rep already said they are late', async () => {
      for (let seed = 0; seed < 6; seed++) {
        const [, reply] = await say(["Hi Art, Sam from Riverside Motors. I'm calling about your plates - I know they're late and I'm sorry."], seed);
        expect(plates.vagueReply).toContain(reply);
      }
    });

    it('answers "how\'s the car treating you?" with more than "yes, that\'s me"', async () => {
      for (let seed = 0; seed < 6; seed++) {
        const [, reply] = await say(["Hi Art, it's Sam from Riverside Motors, about your lease. How's the car treating you?"], seed);
        expect(lease.dialogue.historyHeard).not.toContain(reply);
      }
    });

    const callWith = async (id: string, lines: string[], seed = 1) =>
      (await play(loadScenario(id), lines, seed, loadScenario(id).difficulty)).transcript.turns
        .filter((turn) => turn.speaker === 'customer')
        .map((turn) => turn.text);

    it('hears "I\'ll have two cases couriered to you tomorrow by 10" as owning the wrong sizes', async () => {
      const lena = loadScenario('third-call');
      const replies = await callWith('third-call', [
        "Hi Lena, it's Chris from BrightCare Supply. I'm calling about your glove reorders. Is now an OK time?",
        "I'm really sorry about that. I'll have two cases of medium couriered to you tomorrow morning by 10, and our driver will take the large ones back.",
      ]);
      expect(lena.persona.openIssues[0]!.ownedReply).toContain(replies[2]);
    });

    it('answers a question asked in the same line as the fix', async () => {
      const marcus = loadScenario('quote-follow-up');
      const replies = await callWith('quote-follow-up', [
        "Hi Marcus, Taylor from Northline Freight. I'm calling about the Columbus to Atlanta quote we sent Tuesday - I owe you the fuel surcharge. Got two minutes?",
        "Sorry about that. It's 180 dollars per load, so 2,330 all-in. I'll send you the revised quote in writing by 3 pm today. When you're comparing carriers, what matters most to you?",
      ]);
      expect(replies[2]).toContain(marcus.persona.hiddenFacts.find((fact) => fact.id === 'on-time-matters-most')!.text);
    });

    it('tells who else drives the vans when asked in plain words', async () => {
      const gareth = loadScenario('industry-news');
      const replies = await callWith('industry-news', [
        "Hi Gareth, Robin from Brightway Insurance. I'm calling about a rule change that affects your van policy - have you got two minutes?",
        'Does anyone else drive the vans, even occasionally?',
      ]);
      expect(replies[2]).toContain(gareth.persona.hiddenFacts.find((fact) => fact.id === 'seasonal-drivers')!.text);
    });

    it('hears a guessed date for the plates as a loose answer to them, not as a change of subject', async () => {
      const art = loadScenario('lease-follow-up');
      const replies = await callWith('lease-follow-up', [
        "Hi Art, Sam at Riverside. Sorry about the plates, I'll get onto the DMV and find out what's going on.",
        "Um, should be by the end of next week I'd think.",
      ]);
      expect(art.persona.openIssues[0]!.vagueReply).toContain(replies[2]);
    });

    it('puts a rep right who offers the post to a customer whose file says email, and takes the email offer after it', async () => {
      const gareth = loadScenario('industry-news');
      const news = 'Morning Gareth, Robin at Brightway. From 1 June your fleet policy has to name every regular driver, or they are not covered.';
      const replies = await callWith('industry-news', [
        news,
        "I'll stick the form and a summary in the post this week and call you Friday morning to check it arrived.",
        'Sorry, email it is - tonight, and I will ring you Friday at 8 to go through it.',
      ]);
      expect(gareth.dialogue.wrongChannel).toContain(replies[2]);
      expect(gareth.dialogue.nextStepAccepted.some((line) => replies[3]?.startsWith(line))).toBe(true);
    });
  });

  it.each([
    'Honestly Dana I’ve had two other people ring about it this morning, if you want it I’d get down here tonight with a deposit.',
    'Look, it won’t be here Saturday, trust me. Pop in after work tonight and we’ll get the paperwork done.',
    'I got another couple comin’ in this evenin’ to look at it, so you’re gonna need to come down today and put a deposit on it.',
  ])('never gives in to false urgency from a rep with real news: %j', async (push) => {
    const opener = 'Hi Dana, Alex at Harbour Motors, the Pearl Blue Aria you loved has just arrived on the lot.';
    for (const seed of [1, 2, 3]) {
      const dana = loadScenario('not-now-shopper');
      const { transcript } = await play(dana, [opener, push], seed, 'medium');
      expect(foldCall(dana, 'medium', transcript.turns).state.nextStepAgreed).toBe(false);
      expect(transcript.turns.at(-1)?.text).not.toMatch(/convinced|I’ll be there|I'll be there/i);
    }
  });
  it.each([
    "Come on Art, it won't be there next week. I can do it over the phone right now, just need your card.",
    'Look, that warranty offer is not going to be around after Friday, so let me just take your card details now.',
  ])('never thanks a rep who answers his plates with a hard close: %j', async (push) => {
    const art = loadScenario('lease-follow-up');
    const opener = "Hi Art, it's Sam at Riverside. The plates are with the DMV, nothing I can do there, but I've got a warranty deal for you.";
    for (const seed of [1, 2, 3]) {
      const { transcript } = await play(art, [opener, push], seed, 'medium');
      expect(foldCall(art, 'medium', transcript.turns).state.issues.plates).not.toBe('owned');
      expect(art.persona.openIssues[0]!.ownedReply).not.toContain(transcript.turns.at(-1)?.text);
    }
  });

  it('hangs up, even on easy, when the rep insists again after a firm no', async () => {
    const maureen = loadScenario('happy-renewal');
    const lines = [
      'Maureen, Jamie at Bookwell. I need a decision from you on switching plans before 5 today, the price goes after that.',
      'Honestly you’d be mad to say no, just give me a yes now and I’ll switch it while we’re on the phone.',
      'Come on, it’s two seconds, and I’m really short on my numbers this month.',
    ];
    for (const seed of [1, 2, 3]) {
      const { transcript } = await play(maureen, lines, seed, 'easy');
      expect(transcript.endReason).toBe('hung-up');
    }
  });

  describe('a customer who is not sold by the rep’s own agenda', () => {
    const nadia = loadScenario('late-delivery');
    const lena = loadScenario('third-call');
    const gareth = loadScenario('industry-news');
    const accepts = (scenario: Scenario, reply = '') => scenario.dialogue.nextStepAccepted.some((line) => reply.includes(line));
    const replyTo = async (scenario: Scenario, lines: string[], seed = 2) => {
      const { transcript } = await play(scenario, lines, seed, scenario.difficulty);
      return transcript.turns.filter((turn) => turn.speaker === 'customer').map((turn) => turn.text);
    };

    it('turns down a contract put to her once her problem is owned, never "put it down"', async () => {
      for (const seed of [1, 2, 3, 4]) {
        const replies = await replyTo(
          nadia,
          [
            'Hi Nadia, Morgan at Kettle and Crate, about your missing cups.',
            'Sorry about that, the cups will be with you Thursday between 7 and 8.',
            'Great. So about the Premium Partner contract, 5% off everything for a year, could I send the paperwork over today?',
          ],
          seed,
        );
        expect(accepts(nadia, replies.at(-1))).toBe(false);
        expect([...nadia.dialogue.notNow, ...nadia.dialogue.firmNo]).toContain(replies.at(-1));
      }
    });

    it('raises her own problem when the call opens with a sale', async () => {
      const [, first] = await replyTo(nadia, [
        'Hi Nadia, Morgan from Kettle and Crate. Quick one, a great new Premium Partner deal this quarter, 5% off if you sign for 12 months.',
      ]);
      expect(nadia.persona.openIssues[0]!.raise).toContain(first);
    });

    it('answers "how did your last order go?" with her problem, purpose stated or not', async () => {
      const [, first] = await replyTo(lena, ['Hi Lena, Chris from BrightCare. How did everything go with your last order?']);
      expect(lena.persona.openIssues[0]!.raise).toContain(first);
    });

    it('balks at an order sized to the rep rather than to what she uses', async () => {
      const replies = await replyTo(lena, [
        'Hi Lena, Chris from BrightCare. How did your last order go?',
        'Sorry about that, the mediums go on tomorrow’s van, with you by 10 am, and we’ll take the large ones back then.',
        'I wanted to suggest a standing order: 8% off and free delivery.',
        'Let’s do 40 cases a month, starting next week, shall I set it up?',
      ]);
      expect(accepts(lena, replies.at(-1))).toBe(false);
      expect(lena.dialogue.notNow).toContain(replies.at(-1));
    });

    it('turns down a cross-sell asked for while he is driving, where the call was about the new rule', async () => {
      const replies = await replyTo(
        gareth,
        [
          'Gareth, Robin at Brightway. Got two minutes? There’s a new rule that affects your vans.',
          'From 1 June every regular driver on a fleet policy has to be named, and anyone not named isn’t covered. Yours is any-driver, so we need a named-driver form from you before then.',
          'I’ll pop the form in the post to you this week, just fill it in and send it back.',
          'While I’ve got you, we’ve got a great deal on business liability top-ups this month, want me to send you a quote?',
        ],
        1,
      );
      expect(accepts(gareth, replies.at(-1))).toBe(false);
    });
    it('asks about the fault again when the rep restates another fix, never thanking him for it', async () => {
      const art = loadScenario('lease-follow-up');
      const replies = await replyTo(
        art,
        [
          'Art, Sam at Riverside. I’m ringing about your plates, I’ve got them sorted and a time for you.',
          'They’re weeks late and that’s on me, sorry. The DMV has them at the county office, I’ll collect them tomorrow morning and drop them at your house by noon.',
          'One more thing nobody told you, your lease includes free oil changes for two years, so never pay for one.',
          'Glad you’re enjoying it. Do you know anyone who’s looking for a car? I’d look after them the same way.',
          'Thanks Art. Plates by noon tomorrow, I’ll text when I’m outside.',
        ],
        1,
      );
      expect(replies.at(-1)).toMatch(/light/i);
    });

    it('tells the week her team is free when asked, with the demo still to book, instead of saying she was ignored', async () => {
      const wendy = loadScenario('busy-executive');
      const replies = await replyTo(
        wendy,
        [
          'Wendy, Jordan from Clearline, I took over from Priya. I’m calling to get your team’s demo booked, it fell through the cracks in the handover and I’m sorry. Got two minutes?',
          'Which week would work best for your team?',
        ],
        1,
      );
      expect(wendy.persona.openIssues[0]!.ignoredReply).not.toContain(replies.at(-1));
      expect(replies.at(-1)).toBe(wendy.persona.hiddenFacts.find((fact) => fact.id === 'team-free-after-launch')!.text);
    });

    it('says again what she already told when asked, rather than putting the rep off', async () => {
      const dana = loadScenario('not-now-shopper');
      const replies = await replyTo(
        dana,
        [
          'Hi Dana, it’s Alex from Harbour Motors, you drove the Aria Hybrid with me a couple weeks back. Good news, the Pearl Blue one you wanted just came in.',
          'Totally get it, no pressure. Can I ask what’s holding you back at the moment?',
          'That makes sense. We can look at your old car as a trade-in when you come, so you wouldn’t have to sell it yourself. And the 1.9% financing you were quoted runs until 30 April.',
          'When are you normally free?',
        ],
        1,
      );
      expect(replies.at(-1)).toBe(dana.persona.hiddenFacts.find((fact) => fact.id === 'free-on-saturdays')!.text);
    });
    it('answers "when are you planning to decide?" with his decision date, not with what matters to him', async () => {
      const marcus = loadScenario('quote-follow-up');
      const replies = await replyTo(marcus, ['Hi Marcus, Taylor at Northline about the Atlanta quote.', 'When are you planning to decide?'], 1);
      const deciding = marcus.persona.hiddenFacts.find((fact) => fact.id === 'deciding-friday')!.text;
      const onTime = marcus.persona.hiddenFacts.find((fact) => fact.id === 'on-time-matters-most')!.text;
      expect(replies.at(-1)).not.toContain(onTime);
      expect([deciding, ...marcus.dialogue.question]).toContain(replies.at(-1));
    });
    it('hears an answer to her obstacle as news, not as a step to put off, when no time is put to her', async () => {
      const dana = loadScenario('not-now-shopper');
      for (const seed of [1, 2, 3]) {
        const replies = await replyTo(
          dana,
          [
            'Hi Dana, Alex from Harbour Motors, you test drove the Aria Hybrid with me. Good news: a Pearl Blue one just came in.',
            'Totally get it. Can I ask what’s holding you back?',
            'That makes sense. We can value your current car when you come in and take it in part exchange, so you don’t have to sell it privately first.',
          ],
          seed,
        );
        expect(dana.dialogue.nextStepVague).not.toContain(replies.at(-1));
      }
    });
    it('hears "what’s going to swing it for you?" as asking what matters to Marcus', async () => {
      const marcus = loadScenario('quote-follow-up');
      const replies = await replyTo(
        marcus,
        ['Morning Marcus, Taylor at Northline, about the Atlanta quote.', 'What’s going to swing it for you between us and the others?'],
        3,
      );
      expect(replies.at(-1)).toContain(marcus.persona.hiddenFacts.find((fact) => fact.id === 'on-time-matters-most')!.text);
    });
  });
});
