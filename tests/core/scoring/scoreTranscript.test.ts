import { describe, expect, it } from 'vitest';
import { PRINCIPLE_IDS, principleById, type PrincipleId } from '../../../src/core/principles/principles';
import { citeSource } from '../../../src/core/principles/sources';
import type { Report } from '../../../src/core/scoring/report';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { MISSED_SHARE } from '../../../src/core/scoring/assembleReport';
import type { Transcript } from '../../../src/core/transcript';
import { makeScenario } from './scenarioFactory';

const lease = makeScenario({
  principles: {
    'purpose-first': 3,
    'bring-value': 2,
    'know-the-history': 2,
    'own-the-issue': 3,
    'referral-timing': 2,
    'next-step': 3,
    persist: 2,
    'respect-time': 1,
  },
});

/** A call from alternating lines; the customer picks up first. */
function call(lines: string[], channel: Transcript['channel'] = 'call'): Transcript {
  return { scenarioId: lease.id, channel, turns: lines.map((text, i) => ({ speaker: i % 2 === 0 ? 'customer' : 'rep', text })) };
}

function verdict(report: Report, id: PrincipleId) {
  return report.principles.find((p) => p.id === id)!.verdict;
}

const goodCall = call([
  'Art speaking.',
  'Hi Art, it’s Sam from Riverside Motors. I’m calling about your plates, which I know are late, and I’m sorry. I’ll pick them up from the DMV on Thursday morning and drop them at yours by 5 pm Thursday.',
  'Finally. Thursday works.',
  'Also, nobody told you this at signing: your lease includes free oil changes. Shall I book the first one for Saturday at 9?',
  'Saturday at nine is fine. Honestly, I love the car.',
  'Glad to hear it! Since you’re enjoying it, is there anyone you know who’s looking for a car?',
  'My neighbour is, actually. I’ll pass your number on.',
  'Thanks, Art. Plates Thursday by five, oil change Saturday at nine. Bye.',
]);

const poorCall = call([
  'Art speaking.',
  'Hey Art, just checking in to see how everything is going with the car!',
  'Fine.',
  'Great. Know anyone else looking for a car?',
  'Not right now. By the way, I still haven’t received my plates.',
  'Oh, I’ll look into it.',
  'OK.',
  'Alright, well, I’m here if you need me.',
]);

describe('scoreTranscript', () => {
  it('reports every principle in teaching order with a verdict, a score and evidence', () => {
    const report = scoreTranscript(lease, goodCall);
    expect(report.scenarioId).toBe(lease.id);
    expect(report.principles.map((p) => p.id)).toEqual([...PRINCIPLE_IDS]);
    for (const result of report.principles) {
      expect(['met', 'missed', 'n/a']).toContain(result.verdict);
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
      for (const evidence of result.evidence) {
        expect(goodCall.turns[evidence.turn]).toBeDefined();
        // The quote is the sentence that triggered the verdict, taken from that turn.
        expect(goodCall.turns[evidence.turn]!.text.includes(evidence.quote.replace(/…$/, ''))).toBe(true);
      }
    }
  });

  it('scores a well-run call high and a "just checking in" call low', () => {
    const good = scoreTranscript(lease, goodCall);
    const poor = scoreTranscript(lease, poorCall);
    expect(good.mistakes).toEqual([]);
    expect(good.overall).toBeGreaterThanOrEqual(90);
    expect(poor.overall).toBeLessThanOrEqual(25);
    for (const id of ['purpose-first', 'bring-value', 'own-the-issue', 'referral-timing', 'next-step'] as const) expect(verdict(poor, id)).toBe('missed');
  });

  it('computes overall as the weighted mean of the principles that applied, a missed one at a quarter of its score', () => {
    const report = scoreTranscript(lease, poorCall);
    const applied = report.principles.filter((p) => p.verdict !== 'n/a');
    expect(applied.some((p) => p.verdict === 'missed' && p.score > 0)).toBe(true);
    const weight = (id: PrincipleId) => lease.principles[id]!;
    const share = (p: (typeof applied)[number]) => (p.verdict === 'missed' ? MISSED_SHARE : 1);
    const expected = applied.reduce((sum, p) => sum + weight(p.id) * p.score * share(p), 0) / applied.reduce((sum, p) => sum + weight(p.id), 0);
    expect(report.overall).toBe(Math.round(expected));
  });

  it('treats principles the scenario does not list as n/a', () => {
    const narrow = makeScenario({ principles: { 'purpose-first': 1 } });
    const report = scoreTranscript(narrow, poorCall);
    expect(report.principles.filter((p) => p.verdict !== 'n/a').map((p) => p.id)).toEqual(['purpose-first']);
    expect(report.mistakes.every((m) => m.principle === 'purpose-first')).toBe(true);
    const only = report.principles[0]!;
    expect(report.overall).toBe(Math.round(only.score * (only.verdict === 'missed' ? MISSED_SHARE : 1)));
  });

  it('pins each mistake to its turn, in turn order, citing its source and offering a better line', () => {
    const report = scoreTranscript(lease, poorCall);
    expect(report.mistakes.length).toBeGreaterThanOrEqual(5);
    const turns = report.mistakes.map((m) => m.turn);
    expect(turns).toEqual([...turns].sort((a, b) => a - b));
    for (const mistake of report.mistakes) {
      expect(poorCall.turns[mistake.turn]?.speaker).toBe('rep');
      const principle = principleById(mistake.principle);
      const cited = principle.sources.some((source) => mistake.commentary.includes(citeSource(source))) || mistake.commentary.includes('“');
      expect(cited).toBe(true);
      // The line is the scenario's or a principle's own, fitted to what was open at that turn (see fitBetterLines.test.ts).
      const known = [
        ...Object.values(lease.betterLines),
        ...Object.values(lease.midCallBetterLines ?? {}),
        ...PRINCIPLE_IDS.map((id) => principleById(id).example.better),
      ];
      expect(known).toContain(mistake.betterLine);
    }
    expect(report.mistakes.find((m) => m.principle === 'purpose-first')).toMatchObject({ turn: 1, betterLine: lease.betterLines['purpose-first'] });
  });

  it('is deterministic', () => {
    expect(JSON.stringify(scoreTranscript(lease, poorCall))).toBe(JSON.stringify(scoreTranscript(lease, poorCall)));
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify([lease, poorCall]);
    scoreTranscript(lease, poorCall);
    expect(JSON.stringify([lease, poorCall])).toBe(before);
  });

  describe('purpose-first', () => {
    it('is met when the first line gives a concrete reason', () => {
      expect(verdict(scoreTranscript(lease, goodCall), 'purpose-first')).toBe('met');
    });

    it('is missed for a purposeless opener with no reason after it', () => {
      const report = scoreTranscript(lease, call(['Hello?', 'Hi Art, just touching base!', 'Fine.', 'Great, how’s the car treating you?']));
      expect(verdict(report, 'purpose-first')).toBe('missed');
    });

    it('is missed when the reason only comes on the third rep turn', () => {
      const report = scoreTranscript(lease, call(['Hello?', 'Hi Art, Sam here.', 'Hi.', 'How are you?', 'Fine.', 'I’m calling about your plates.']));
      expect(verdict(report, 'purpose-first')).toBe('missed');
    });

    it('forgives a filler first line when the reason follows at once, at a lower score', () => {
      const report = scoreTranscript(
        lease,
        call(['Hello?', 'Hi Art, just checking in.', 'Fine.', 'The real reason I’m calling is your plates: they’re ready.']),
      );
      const result = report.principles.find((p) => p.id === 'purpose-first')!;
      expect(result.verdict).toBe('met');
      expect(result.score).toBeLessThan(100);
    });
  });

  describe('order rules', () => {
    it('accepts a referral request after praise once the issue is owned', () => {
      expect(verdict(scoreTranscript(lease, goodCall), 'referral-timing')).toBe('met');
    });

    it('misses a referral request while the customer’s problem is still open, even after praise', () => {
      const report = scoreTranscript(
        lease,
        call([
          'Art here.',
          'Hi Art, Sam from Riverside. Your lease includes free oil changes, I wanted you to know.',
          'Oh, that’s great, I love the car. But my plates still haven’t come.',
          'Glad you love it! Do you know anyone else who’s looking for a car?',
        ]),
      );
      expect(verdict(report, 'referral-timing')).toBe('missed');
      expect(verdict(report, 'own-the-issue')).toBe('missed');
      expect(report.mistakes.find((m) => m.principle === 'referral-timing')?.turn).toBe(3);
    });

    it.each(['Nine years and you lot have never let me down.', 'Good thing you rang. Can’t fault the service, honestly.'])(
      'accepts a referral request right after praise worded as %j',
      (praise) => {
        const noIssues = makeScenario({ persona: { openIssues: [] }, facts: { goalRequires: [] } });
        const report = scoreTranscript(
          noIssues,
          call([
            'Hello?',
            'Hi Art, Sam at Riverside: your lease includes free oil changes.',
            praise,
            'Thank you! Do you know anyone else who might be looking for a car?',
          ]),
        );
        expect(verdict(report, 'referral-timing')).toBe('met');
      },
    );

    it('misses a referral request after a flat "fine"', () => {
      expect(verdict(scoreTranscript(lease, poorCall), 'referral-timing')).toBe('missed');
    });

    it('misses own-the-issue when the rep moves on to a pitch before owning the problem, even if it is owned later', () => {
      const report = scoreTranscript(
        lease,
        call([
          'Art here.',
          'Hi Art, Sam from Riverside, calling about your free oil changes.',
          'OK. My plates are still missing, though.',
          'Sure. Shall I book your oil change for Saturday at 9?',
          'What about the plates?',
          'Sorry, yes: I’ll call the DMV today and ring you back by 4 pm with a date.',
        ]),
      );
      expect(verdict(report, 'own-the-issue')).toBe('missed');
      expect(report.mistakes.find((m) => m.principle === 'own-the-issue')?.turn).toBe(3);
    });

    it('meets own-the-issue with an apology, a specific action and a time before anything else', () => {
      const report = scoreTranscript(
        lease,
        call([
          'Art here.',
          'Hi Art, Sam from Riverside, calling about your free oil changes.',
          'OK. My plates are still missing, though.',
          'I’m sorry, that’s on us. I’ll call the registration office today and call you back by 4 pm with a delivery date.',
          'OK, thanks.',
        ]),
      );
      expect(verdict(report, 'own-the-issue')).toBe('met');
    });

    it('misses own-the-issue on a vague promise', () => {
      expect(verdict(scoreTranscript(lease, poorCall), 'own-the-issue')).toBe('missed');
    });
  });

  describe('n/a logic', () => {
    const noIssues = makeScenario({ persona: { openIssues: [] }, facts: { goalRequires: [] }, principles: lease.principles });
    const plain = call([
      'Hello?',
      'Hi, I’m calling about your free oil changes. Shall I book one for Saturday at 9?',
      'Saturday at 9 works.',
      'Great, see you then.',
    ]);

    it('makes own-the-issue n/a when no problem came up and none was on record', () => {
      expect(verdict(scoreTranscript(noIssues, plain), 'own-the-issue')).toBe('n/a');
    });

    it('misses own-the-issue when a problem on record was never raised', () => {
      expect(verdict(scoreTranscript(lease, plain), 'own-the-issue')).toBe('missed');
    });

    it('makes referral-timing n/a when nobody asked for a referral', () => {
      expect(verdict(scoreTranscript(noIssues, plain), 'referral-timing')).toBe('n/a');
    });

    it('makes persist n/a on a call with no brush-off, and applies it to every voicemail', () => {
      expect(verdict(scoreTranscript(noIssues, plain), 'persist')).toBe('n/a');
      expect(verdict(scoreTranscript(noIssues, call(['Leave a message.', 'Hi, it’s Sam.'], 'voicemail')), 'persist')).toBe('missed');
    });

    it('gives a zero overall and never throws on an empty call', () => {
      const report = scoreTranscript(noIssues, { scenarioId: noIssues.id, channel: 'call', turns: [] });
      expect(report.principles).toHaveLength(8);
      expect(report.overall).toBe(0);
    });
  });

  describe('next-step', () => {
    it('is met when a concrete step is proposed and agreed', () => {
      expect(verdict(scoreTranscript(lease, goodCall), 'next-step')).toBe('met');
    });

    it('is missed when the call ends on "I’m here if you need me"', () => {
      const report = scoreTranscript(lease, poorCall);
      expect(verdict(report, 'next-step')).toBe('missed');
      expect(report.mistakes.find((m) => m.principle === 'next-step')?.turn).toBe(7);
    });

    it('stays met when a "let me know if anything changes" follows the agreed step', () => {
      const report = scoreTranscript(
        lease,
        call([
          'Hello?',
          'Hi, calling about your oil changes. Could you come in Saturday at 9?',
          'Saturday at 9 works.',
          'Great. Let me know if anything changes.',
        ]),
      );
      expect(verdict(report, 'next-step')).toBe('met');
    });

    it('is missed when the rep pitches on after the agreement and ends on "get back to me whenever"', () => {
      const report = scoreTranscript(
        lease,
        call([
          'Hello?',
          'Hi, calling about your oil changes. Could you come in Saturday at 9?',
          'Saturday at 9 works.',
          'Great. While I have you, our new tyre package is a real saving, and there is a special offer on gap cover too.',
          'I have to go.',
          'No problem, have a think and get back to me whenever!',
        ]),
      );
      expect(verdict(report, 'next-step')).toBe('missed');
    });

    it.each(['Tuesday doesn’t work. I’ll have a think and get back to you.', 'Can’t make Saturday, sorry. Let me have a think.'])(
      'is missed when the customer turns the time down (%j) and the call ends on a polite goodbye',
      (reply) => {
        const report = scoreTranscript(
          lease,
          call(['Hello?', 'Hi, calling about your oil changes. Could you come in Saturday at 9?', reply, 'Sure, call me whenever you’re ready!', 'OK, bye.']),
        );
        expect(verdict(report, 'next-step')).toBe('missed');
      },
    );

    it('is missed when the customer never agrees to the proposal', () => {
      const report = scoreTranscript(
        lease,
        call(['Hello?', 'Hi, calling about your oil changes. Could you come in Saturday at 9?', 'Maybe. I’ll see.', 'Brilliant, I’ll pencil you in!']),
      );
      expect(verdict(report, 'next-step')).toBe('missed');
    });
  });

  describe('persist', () => {
    it('is met when "not now" gets a reason and a time for the next contact', () => {
      const report = scoreTranscript(
        lease,
        call([
          'Hello?',
          'Hi Art, Sam from Riverside. Your lease includes free oil changes.',
          'Not right now, I’m busy this month.',
          'Understood. Your first one is due in June; can I call you on the 3rd to book it?',
          'OK, the 3rd.',
        ]),
      );
      expect(verdict(report, 'persist')).toBe('met');
    });

    it('does not treat "no thanks" to an extra offer after an agreed step as a brush-off', () => {
      const report = scoreTranscript(
        lease,
        call([
          'Hello?',
          'Hi, calling about your oil changes. Could you come in Saturday at 9?',
          'Saturday at 9 works.',
          'Great. Shall I also send you our accessories brochure?',
          'No thanks.',
          'No problem, bye!',
        ]),
      );
      expect(verdict(report, 'persist')).toBe('n/a');
    });

    it('is missed on "they know where to find me"', () => {
      const report = scoreTranscript(
        lease,
        call(['Hello?', 'Hi Art, Sam from Riverside, about your oil changes.', 'Not now.', 'No problem, you know where to find me!']),
      );
      expect(verdict(report, 'persist')).toBe('missed');
    });

    it('is missed when the rep keeps pushing after a clear, repeated no', () => {
      const report = scoreTranscript(
        lease,
        call([
          'Hello?',
          'Hi Art, Sam from Riverside, about your oil changes.',
          'Not right now.',
          'It only takes ten minutes, can I book you for Saturday at 9?',
          'No. I said not now. Please stop.',
          'Just hear me out, what if I throw in a free car wash? Tomorrow at 10?',
        ]),
      );
      expect(verdict(report, 'persist')).toBe('missed');
      expect(verdict(report, 'respect-time')).toBe('missed');
    });

    it('on a voicemail, needs a reason and a time to reconnect', () => {
      const good = scoreTranscript(
        lease,
        call(['Leave a message.', 'Hi Art, Sam from Riverside: your lease includes free oil changes. I’ll try you again Thursday at 10.'], 'voicemail'),
      );
      const vague = scoreTranscript(lease, call(['Leave a message.', 'Hi Art, Sam here, just checking in. Call me back whenever!'], 'voicemail'));
      expect(verdict(good, 'persist')).toBe('met');
      expect(verdict(good, 'next-step')).toBe('met');
      expect(verdict(vague, 'persist')).toBe('missed');
      expect(verdict(vague, 'next-step')).toBe('missed');
      expect(verdict(vague, 'purpose-first')).toBe('missed');
    });
  });

  describe('respect-time', () => {
    it('is met when the rep checks the time and keeps it short', () => {
      const report = scoreTranscript(lease, call(['Hello?', 'Hi Art, Sam from Riverside. Is now a bad time? It’s about your plates.', 'Go on.']));
      expect(report.principles.find((p) => p.id === 'respect-time')).toMatchObject({ verdict: 'met', score: 100 });
    });

    it('is missed for a monologue to someone who said they are busy', () => {
      const speech = 'So the lease also covers tyres, and there is a mileage allowance, and the wear and tear guide, and the gap insurance we offer, '.repeat(
        3,
      );
      const report = scoreTranscript(lease, call(['Hello?', 'Hi Art, about your plates.', 'I’m in the middle of something.', speech]));
      expect(verdict(report, 'respect-time')).toBe('missed');
      expect(report.mistakes.find((m) => m.principle === 'respect-time')?.turn).toBe(3);
    });

    it('is missed when the rep repeats the same line', () => {
      const report = scoreTranscript(
        lease,
        call(['Hello?', 'I just called to see how things are going.', 'Things are fine. Why are you calling?', 'I just called to see how things are.']),
      );
      expect(verdict(report, 'respect-time')).toBe('missed');
    });
  });

  describe('edge inputs', () => {
    it.each([
      ['only customer turns', { scenarioId: 'x', channel: 'call', turns: [{ speaker: 'customer', text: 'Hello?' }] }],
      ['a 100,000-character turn', call(['Hello?', 'blah '.repeat(20_000)])],
      ['emoji and right-to-left text', call(['🙂', 'مرحبا', '😡😡', '<b>hi</b>'])],
      ['unknown speakers and missing text', { scenarioId: 'x', channel: 'call', turns: [{ speaker: 'robot', text: 'beep' }, { speaker: 'rep' }, null] }],
      ['no turns array', { scenarioId: 'x', channel: 'call' }],
    ])('never throws on %s', (_name, transcript) => {
      expect(() => scoreTranscript(lease, transcript as unknown as Transcript)).not.toThrow();
    });

    it('scores a 1,000-turn call with evidence that stays inside the call', () => {
      const long = call(Array.from({ length: 1_000 }, (_, i) => goodCall.turns[i % goodCall.turns.length]!.text));
      const report = scoreTranscript(lease, long);
      for (const result of report.principles) for (const evidence of result.evidence) expect(evidence.turn).toBeLessThan(1_000);
      for (const mistake of report.mistakes) expect(mistake.turn).toBeLessThan(1_000);
    });
  });

  describe('a call where the rep never spoke', () => {
    it.each([
      ['call', ['Hello, Art here.']],
      ['voicemail', ['You’ve reached Art, leave a message after the tone.']],
    ] as const)('scores a %s with no rep turns 0, with no principle met', (channel, lines) => {
      const report = scoreTranscript(lease, call([...lines], channel));
      expect(report.overall).toBe(0);
      for (const result of report.principles) {
        expect(result.verdict).not.toBe('met');
        if (result.verdict === 'missed') expect(result.score).toBe(0);
      }
    });
  });

  it('never reports a principle as met with a score of 0', () => {
    const calls = [call(['Hello?', 'Hi.']), call(['Hello?', 'Hi Art.', 'Where are my plates?']), call(['Hello?', 'OK bye.', 'Bye.'])];
    for (const transcript of calls) {
      for (const result of scoreTranscript(lease, transcript).principles) if (result.verdict === 'met') expect(result.score).toBeGreaterThan(0);
    }
  });

  it('caps the overall score of a call the customer hung up on, however good its lines', () => {
    const scenario = makeScenario();
    const lines = [
      'Hello?',
      'Hi Art, Sam at Riverside. Your plates came in this morning and I will drop them round Thursday at 6; your lease also includes free oil changes, and there is so much more I want to tell you about the service plan, the extended warranty, our new models and the loyalty scheme.',
      'I’m going to stop you there. I haven’t got time for this. Bye.',
    ];
    const transcript: Transcript = {
      scenarioId: scenario.id,
      channel: 'call',
      turns: lines.map((text, i) => ({ speaker: i % 2 === 0 ? 'customer' : 'rep', text })),
    };
    expect(scoreTranscript(scenario, transcript).overall).toBeLessThanOrEqual(40);
    expect(scoreTranscript(scenario, { ...transcript, turns: transcript.turns.slice(0, 2), endReason: 'hung-up' }).overall).toBeLessThanOrEqual(40);
    expect(scoreTranscript(scenario, { ...transcript, turns: transcript.turns.slice(0, 2) }).overall).toBeGreaterThan(40);
  });

  it('still caps the call when the rep keeps pushing after “I’m hanging up now” and the customer only says goodbye', () => {
    const scenario = makeScenario();
    const opening = ['Hello?', 'Hi Art, Sam at Riverside. Your plates came in this morning and I can drop them round Thursday at 6.'];
    const pushed = call([...opening, 'Not now, I’m busy. I’m hanging up now.', 'Sorry, just quickly, can I at least pencil you in?', 'Goodbye.']);
    const leaving = call([...opening, 'No. Ring me after four. I’m going.', 'Honestly, it’s now or never.', 'Goodbye, Sam.']);
    const reopened = call([
      ...opening,
      'Not now, I’m busy. I’m hanging up now.',
      'Sorry. Thursday at 6 for the plates, then?',
      'OK, Thursday at 6 is fine. Bye.',
    ]);
    expect(scoreTranscript(scenario, pushed).overall).toBeLessThanOrEqual(35);
    expect(scoreTranscript(scenario, leaving).overall).toBeLessThanOrEqual(35);
    expect(scoreTranscript(scenario, reopened).overall).toBeGreaterThan(35);
  });
});
