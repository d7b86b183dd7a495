import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../../src/core/scoring/scoreTranscript';
import { callFromLines, verdictOf } from '../callFromLines';
import { makeScenario } from '../scenarioFactory';
import { loadScenario } from '../../persona/personaFixtures';

const lease = makeScenario({ principles: { 'purpose-first': 3, 'own-the-issue': 3, 'referral-timing': 2, 'next-step': 3, persist: 2, 'respect-time': 1 } });
const score = (lines: string[], channel: 'call' | 'voicemail' = 'call') => scoreTranscript(lease, callFromLines(lease.id, lines, channel));

describe('respect-time', () => {
  describe('when the customer asks to deal with something else first', () => {
    it.each(['Could we sort the plates out first?', 'Can we deal with my plates first, please?'])('is missed when the rep answers %j with the pitch', (ask) => {
      const report = score([
        'Hello?',
        'Hi Art, Sam at Riverside, about your free oil changes.',
        ask,
        'Absolutely. So, about that oil change, shall I book Saturday at 9?',
      ]);
      expect(verdictOf(report, 'respect-time')).toBe('missed');
      expect(report.mistakes.find((m) => m.principle === 'respect-time')?.turn).toBe(3);
    });

    it('is met when the rep deals with it', () => {
      const report = score([
        'Hello?',
        'Hi Art, Sam at Riverside, about your free oil changes.',
        'Could we sort the plates out first?',
        'Of course. I’ll call the DMV now and ring you back by 3 with a date.',
      ]);
      expect(verdictOf(report, 'respect-time')).toBe('met');
    });
  });

  it.each(['So nobody comes to mind for a referral?', 'Are you sure there’s nobody you know who might be after a car?'])(
    'is missed when the rep asks for a referral again (%j) after the customer let it pass',
    (again) => {
      const report = score([
        'Hello?',
        'Hi Art, Sam at Riverside, about your free oil changes.',
        'Great, I love the car.',
        'Glad to hear it! Know anyone else looking for a car?',
        'Hm, not offhand.',
        again,
      ]);
      expect(verdictOf(report, 'respect-time')).toBe('missed');
    },
  );

  it.each(['Thursday doesn’t work, I’m on site all day.', 'Can’t do Thursday, I’m in meetings till six.'])(
    'does not read %j, a reason for turning down a time, as being busy now',
    (reply) => {
      const report = score([
        'Hello?',
        'Hi Art, Sam at Riverside, about your free oil changes. Could you come in Thursday at 5?',
        reply,
        'No problem. Would Saturday at 9 suit you better, and is this still an OK moment?',
      ]);
      expect(verdictOf(report, 'respect-time')).toBe('met');
    },
  );

  it('is missed when the customer breaks into a line that trails off on a dash, and not when they break in to say yes', () => {
    const pitch = 'Your plates are in and I can bring them Thursday at 6. And honestly we pride ourselves on going the extra mile, we’ve got —';
    expect(verdictOf(score(['Hello?', pitch, 'Sorry, the extra mile how? Just the plates, please.', 'Thursday at 6, then.']), 'respect-time')).toBe('missed');
    expect(
      verdictOf(
        score(['Hello?', 'Your plates are in and I could bring them Thursday at 6, or —', 'Yes, Thursday at 6 is perfect.', 'Great, see you then.']),
        'respect-time',
      ),
    ).toBe('met');
  });

  it('lets a short question through after "I’ve got a minute", leaving the missing homework to know-the-history', () => {
    const report = score(['Hello?', 'Hi Art, Sam at Riverside, about your free oil changes.', 'OK, I’ve got a minute.', 'Which car did you lease again?']);
    expect(verdictOf(report, 'respect-time')).toBe('met');
  });

  it.each(['I’m in the van. What do you want?', 'Make it quick, what’s this about?'])(
    'misses a reply to %j that asks something else instead of getting to the point',
    (busy) => {
      const report = score(['Hello?', 'Hi Art, Sam at Riverside, hope you’re well.', busy, 'Sorry! Remind me, which car did you go for in the end?']);
      expect(verdictOf(report, 'respect-time')).toBe('missed');
      const straight = score(['Hello?', 'Hi Art, Sam at Riverside, hope you’re well.', busy, 'Your plates are ready: I’ll drop them at yours Thursday by 5.']);
      expect(verdictOf(straight, 'respect-time')).toBe('met');
    },
  );

  it('misses a voicemail that runs past about thirty-five seconds, and accepts a short one', () => {
    const rambling =
      'Hi Art, it’s Sam, Sam from Riverside, um, just giving you a ring, hope the week’s going well, I know it’s been a while and, you know, ' +
      'no pressure at all, we’re open late most nights and Sundays too, and the showroom has had a bit of a refresh, it looks great, ' +
      'and there’s coffee on if you fancy popping in, the new models are in too, lovely colours, and I wanted to mention your free oil changes as well, ' +
      'so, yeah, anyway, I’ll give you another try on Thursday at five, cheers, bye.';
    const short =
      'Hi Art, Sam at Riverside: your lease includes free oil changes, and the first is due. I’ll try you again Thursday at 5, or call me on 555-0100.';
    expect(verdictOf(score(['Leave a message.', rambling], 'voicemail'), 'respect-time')).toBe('missed');
    expect(verdictOf(score(['Leave a message.', short], 'voicemail'), 'respect-time')).toBe('met');
  });

  describe('listening and adapting', () => {
    const evidenceOf = (report: ReturnType<typeof score>) => report.principles.find((p) => p.id === 'respect-time')!.evidence;

    it('is missed when the customer cuts the rep off', () => {
      const report = score([
        'Hello?',
        'Hi Art, Sam at Riverside. Your lease has free oil changes, and we also have a new detailing package, winter tyres at a discount and an extended warranty I could tell you about.',
        'Let me stop you there. What is it you actually want?',
        'Just the oil change, Art. Shall I book Saturday at 9?',
      ]);
      expect(verdictOf(report, 'respect-time')).toBe('missed');
      expect(report.mistakes.find((m) => m.principle === 'respect-time')?.turn).toBe(1);
    });

    it('is missed when the customer hangs up out of impatience', () => {
      const report = score(['Hello?', 'Hey Art! Long time. How was the weekend? Do anything fun?', 'I don’t have time for this. I’m hanging up.']);
      expect(verdictOf(report, 'respect-time')).toBe('missed');
    });

    it('is missed when the customer has to ask about their problem again', () => {
      const report = score([
        'Hello?',
        'Hi Art, Sam at Riverside.',
        'Where are my plates? It’s been six weeks.',
        'Sorry about that. Anyway, good news: your lease covers oil changes for two years.',
        'And what about my plates?',
      ]);
      expect(verdictOf(report, 'respect-time')).toBe('missed');
      expect(report.mistakes.find((m) => m.principle === 'respect-time')?.turn).toBe(3);
    });

    it('is missed when the rep ignores the day the customer offered', () => {
      const report = score([
        'Hello?',
        'Hi Art, Sam at Riverside: your first free oil change is due. Could you bring the car in this week?',
        'Fridays are easiest for me, to be honest.',
        'What about Tuesday at 8?',
      ]);
      expect(verdictOf(report, 'respect-time')).toBe('missed');
    });

    it('is missed when the rep leans on a customer who hesitated', () => {
      const report = score([
        'Hello?',
        'Hi Art, Sam at Riverside: your first free oil change is due. Can I book you in Saturday at 9?',
        'I’m not sure, I don’t know yet.',
        'Oh come on, it’s free! What are you waiting for?',
      ]);
      expect(verdictOf(report, 'respect-time')).toBe('missed');
    });

    it('quotes the opening that got to the point when nothing went wrong', () => {
      const report = score(['Hello?', 'Hi Art, Sam at Riverside: your first free oil change is due. Can I book you in Saturday at 9?', 'Saturday at 9 works.']);
      expect(verdictOf(report, 'respect-time')).toBe('met');
      expect(evidenceOf(report)[0]!.quote).toContain('free oil change');
    });

    it('is missed for false urgency, even before the customer hesitates', () => {
      const report = score(['Hello?', 'Hi Art, Sam at Riverside. Another buyer is interested in the warranty deal, so I need your answer tonight.', 'Er, no.']);
      expect(verdictOf(report, 'respect-time')).toBe('missed');
    });

    it('is missed when "I\'ll be quick" opens a long pitch', () => {
      const pitch = `I'll be quick. ${'Our new service plan covers tyres, brakes, wipers, bulbs and a courtesy car whenever you need one, '.repeat(4)}`;
      const report = score(['Hello?', pitch, 'Right.']);
      expect(verdictOf(report, 'respect-time')).toBe('missed');
    });
  });
});

describe('respect-time with a customer the briefing says is short of time', () => {
  const wendy = (lines: string[]) => scoreTranscript(loadScenario('busy-executive'), callFromLines('busy-executive', lines));

  it('is missed when the call opens with small talk and no time check', () => {
    const report = wendy(['Wendy Park.', 'Hi Wendy! This is Jordan, your new account manager since Priya moved on. How are things going over there?', 'Fine.']);
    expect(verdictOf(report, 'respect-time')).toBe('missed');
    expect(report.mistakes.find((m) => m.principle === 'respect-time')?.turn).toBe(1);
  });

  it('is missed when the rep leaves a busy customer to arrange the next step ("reach out whenever you’re ready")', () => {
    const report = wendy([
      'Wendy Park.',
      'Hi Wendy, Jordan from Clearline; I took over from Priya. Got two minutes? I’d like to get the staff demo booked.',
      'Two minutes, yes.',
      'Great. Feel free to reach out whenever you’re ready and we’ll find a slot.',
    ]);
    expect(verdictOf(report, 'respect-time')).toBe('missed');
  });

  it('is met when the rep checks the time and gets straight to the point', () => {
    const report = wendy([
      'Wendy Park.',
      'Hi Wendy, Jordan from Clearline; I took over from Priya. Have you got two minutes? It’s about booking the staff demo.',
      'Two minutes, go.',
      'Can I book it with Kim for Tuesday at 2 and send you the invite?',
      'Yes, do that.',
    ]);
    expect(verdictOf(report, 'respect-time')).toBe('met');
  });

  it('does not take "I’ll let you go" on the way out as a time check', () => {
    const report = scoreTranscript(
      lease,
      callFromLines(lease.id, [
        'Hello?',
        'Hi Art, Sam at Riverside, about your plates: they arrive Thursday and I’ll drop them round at 6.',
        'Fine.',
        'Great, I’ll let you go then. Bye!',
      ]),
    );
    const result = report.principles.find((p) => p.id === 'respect-time')!;
    expect(result.verdict).toBe('met');
    expect(result.score).toBeLessThan(100);
  });
});

describe('respect-time when the customer is short of time', () => {
  const gareth = loadScenario('industry-news');
  const lines = (extra: string) => [
    'Hughes Express, Gareth.',
    'Hi Gareth, Robin at Brightway. From 1 June fleet policies have to name every regular driver. Got a minute?',
    'Go on, quick. I’m loading.',
    'Yours is any-driver, so we need a named-driver form before the 1st. I’ll email it this afternoon and ring you Friday at 8 to go through it.',
    'Right. Fine.',
    extra,
  ];
  it('is missed when the rep pitches an extra product after he said he was busy', () => {
    const call = callFromLines(gareth.id, lines('Oh, while I’ve got you, have you thought about our cyber cover package?'));
    expect(verdictOf(scoreTranscript(gareth, call), 'respect-time')).toBe('missed');
  });

  it('is met when the rep keeps to what he needs', () => {
    const call = callFromLines(gareth.id, lines('Great, speak Friday at 8. Cheers Gareth.'));
    expect(verdictOf(scoreTranscript(gareth, call), 'respect-time')).toBe('met');
  });
});

describe('respect-time, read from what the customer does next', () => {
  const wendy = loadScenario('busy-executive');
  const gareth = loadScenario('industry-news');
  const marcus = loadScenario('quote-follow-up');
  const lena = loadScenario('third-call');
  const verdict = (scenario: typeof wendy, lines: string[]) => verdictOf(scoreTranscript(scenario, callFromLines(scenario.id, lines)), 'respect-time');

  it('is not missed when the customer breaks into a short line to take it up, and is when they break in to push back', () => {
    const opener = 'Ms Park, Jordan at Clearline. I took over from Priya last week. I’m calling about the hands-on demo for your team--';
    const rest = ['Correct, it was never booked. That’s on us. Kim at nine tomorrow to book it, confirmation to you by noon?', 'Fine. Thank you.'];
    expect(verdict(wendy, ['Wendy Park.', opener, 'The one that never happened? Nobody came back to us.', ...rest])).toBe('met');
    expect(verdict(wendy, ['Wendy Park.', opener, 'Jordan, I don’t have time for this.', ...rest])).toBe('missed');
  });

  it('is not missed when the rep lets a busy customer go, however loosely: that is the next step’s miss', () => {
    const lines = (reply: string) => [
      'Maureen here.',
      'Hi Maureen, Jamie at Bookwell: your renewal is on 1 June and Essentials would save you $840 a year.',
      'Oh. I’ve got a patient at the desk now, love.',
      reply,
    ];
    expect(verdict(loadScenario('happy-renewal'), lines('Oh, sorry! I’ll pop an email over and you let me know what you think?'))).toBe('met');
  });

  it('is met when a busy customer asks for it by email and the rep takes that up before a short summary', () => {
    const lines = [
      'Gareth here. I’m between drops.',
      'Gareth, Robin at Brightway. There’s a new rule from 1 June that hits your van policy. Got a minute?',
      'Just email it me, I’m driving.',
      'Will do, email, not post. In short: from June first every regular driver has to be named on the policy, and anyone not named isn’t covered, so we need the named-driver form in before then.',
      'Right. Send it over.',
    ];
    expect(verdict(gareth, lines)).toBe('met');
  });

  it('takes a day given in answer to "when are you planning to decide?" as their timeline, not a counter-offer', () => {
    const lines = [
      'Marcus Bell.',
      'Hi Marcus, Taylor at Northline: the fuel surcharge on Tuesday’s quote is 11%, so it’s $2,386 a load all-in. Is now OK?',
      'Yes, go ahead.',
      'I’ll put it in writing in the revised quote this evening. When are you planning to decide?',
      'Next Friday.',
      'Then can we fix fifteen minutes before that to go through it? Wednesday 10 am?',
      'Fine.',
    ];
    expect(verdict(marcus, lines)).toBe('met');
  });

  it('is missed when the customer has to push back with their problem right after the rep’s line', () => {
    const lines = [
      'Hi, Lena here.',
      'Hi Lena, Chris at BrightCare. A standing order of twenty cases a month would take 8% off your gloves. Got two minutes?',
      'Two of the cases last time were the wrong size.',
      'Oh, the wrong size, sorry. So, is the clinic busy these days?',
      'I just told you I got the wrong size, and you’re asking about the clinic?',
      'Sorry. Two cases of medium go on tomorrow’s delivery, before noon.',
    ];
    expect(verdict(lena, lines)).toBe('missed');
  });

  it('is missed for small talk to a customer who said a patient is waiting, short as it is, and met for letting her go', () => {
    const lines = (reply: string) => [
      'Hi, Lena here.',
      'Hi Lena, Chris from BrightCare. How are things?',
      'Fine, thanks. I’ve a patient in five minutes, though.',
      reply,
    ];
    expect(verdict(lena, lines('And the weather, hey? Wild.'))).toBe('missed');
    expect(verdict(lena, lines('Oh, sorry! I’ll pop an email over, just let me know what you think.'))).toBe('met');
  });

  it('is missed when the rep asks again what the customer has just told him, in other words', () => {
    const lines = (again: string) => [
      'Marcus Bell.',
      'Hi Marcus, Taylor from Northline, about the Atlanta quote. I’ll have the all-in price with fuel to you by 3 today.',
      'Good.',
      'What’s your timeline for deciding?',
      'Next Friday.',
      again,
      'Fine.',
    ];
    expect(verdict(marcus, lines('So when you planning to decide ah?'))).toBe('missed');
    expect(verdict(marcus, lines('Then can we fix a call Thursday at 10 to go through it before you decide?'))).toBe('met');
  });

  it('is missed when the customer has to ask "when, though?" about her problem while the rep steers back to his order', () => {
    const lines = (reply: string) => [
      'Eastside Family Clinic, Lena speaking.',
      'Hi Lena, Chris from BrightCare. A standing order of 20 cases a month would take 8% off your gloves. Got two minutes?',
      'Before you start, the last delivery had two cases of large instead of medium.',
      'Sorry, I’ll sort that. So, the standing order: 8% off and free delivery.',
      reply,
      'Sí, I’ll get on it. So could we start the standing order on the first of May?',
    ];
    expect(verdict(lena, lines('When, though? We’re using them now.'))).toBe('missed');
    expect(verdict(lena, lines('That does sound good.'))).toBe('met');
  });

  it('counts a short, timed commitment after "get to the point, I’m on a deadline" as adapting', () => {
    const wendy = loadScenario('busy-executive');
    const report = scoreTranscript(
      wendy,
      callFromLines(wendy.id, [
        'Wendy Park.',
        'Hi Wendy, Jordan from Clearline. It’s about the staff demo Priya agreed with you; it never got booked, and that’s on us.',
        'Please get to the point, I’m on a deadline.',
        'I’ll call Kim this afternoon with two slots and get it confirmed by 5 today.',
        'Good. Kim will expect your call.',
      ]),
    );
    expect(report.mistakes.filter((m) => m.principle === 'respect-time')).toEqual([]);
  });
});
