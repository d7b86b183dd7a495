import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../../src/core/scoring/scoreTranscript';
import { callFromLines, verdictOf } from '../callFromLines';
import { makeScenario } from '../scenarioFactory';
import { loadScenario } from '../../persona/personaFixtures';

const lease = makeScenario({ principles: { 'purpose-first': 3, 'own-the-issue': 3, 'next-step': 3, persist: 2, 'respect-time': 1 } });
const score = (lines: string[], channel: 'call' | 'voicemail' = 'call') => scoreTranscript(lease, callFromLines(lease.id, lines, channel));
const opening = ['Hello?', 'Hi Art, Sam at Riverside. Your plates came in this morning; I can drive them over to you Wednesday at 4.'];

describe('next-step', () => {
  it.each(['Hmm, fair question.', 'Oh. Interesting.', 'I really don’t know yet.', 'Could be. It depends on work.', 'Perhaps, we’ll see.'])(
    'is missed when the customer only answers %j to the proposal',
    (reply) => {
      expect(verdictOf(score([...opening, reply]), 'next-step')).toBe('missed');
    },
  );

  it.each(['Wednesday at 4 is fine.', 'Sure, that works for me.', 'Yes please, see you then.'])('is met when the customer answers %j', (reply) => {
    expect(verdictOf(score([...opening, reply]), 'next-step')).toBe('met');
  });

  it('does not take the customer’s answer to "is now OK?" ("It’s quiet after two, go on") as a step they named', () => {
    const nadia = loadScenario('late-delivery');
    const report = scoreTranscript(
      nadia,
      callFromLines(nadia.id, [
        'Copper Pot, Nadia speaking.',
        'Hi Nadia, Morgan from Kettle and Crate, is now ok?',
        'It’s quiet after two, go on.',
        'Great, so we’ve got a Premium Partner deal, shall I send the details over?',
        'Fine.',
      ]),
    );
    expect(verdictOf(report, 'next-step')).toBe('missed');
  });

  it('is met when the customer takes one option of an either/or offer, however reluctantly', () => {
    const choice = ['Hello?', 'Hi Art, Sam at Riverside. Your plates came in; shall I bring them over on the first or the fifteenth?'];
    expect(verdictOf(score([...choice, '...The first, I suppose.', 'Great, the first it is.']), 'next-step')).toBe('met');
    expect(verdictOf(score([...choice, 'OK... but when?', 'Great, the first it is.']), 'next-step')).toBe('missed');
  });

  it('is missed when the rep books it anyway after the customer hesitates', () => {
    const report = score([...opening, 'Not sure, I don’t know yet.', 'Brilliant, Wednesday at 4 it is then. I’ll text you first.', 'Er, what?']);
    expect(verdictOf(report, 'next-step')).toBe('missed');
    expect(report.mistakes.find((m) => m.principle === 'next-step')?.turn).toBe(3);
  });

  it('is not met by a counter-offer the rep never takes up', () => {
    const report = score([...opening, 'Sundays are better for me, if anything.', 'How about Tuesday at 6 then?', 'Hm.']);
    expect(verdictOf(report, 'next-step')).toBe('missed');
  });

  it('is met when the rep takes up the day the customer offered', () => {
    const report = score([...opening, 'Sundays are better for me, if anything.', 'Sunday it is: I’ll bring them round at 11, see you then.']);
    expect(verdictOf(report, 'next-step')).toBe('met');
  });

  it('is met when the rep takes up the customer’s counter in short forms ("thurs ... ?", "fri 8am, done")', () => {
    const report = score([
      'Hello?',
      'Hi Art, Sam at Riverside: your plates are in. Can I drop them round thurs after work, say 5ish?',
      'Thursday’s no good. Friday morning, eight, before I head out.',
      'fri 8am, done. see you then',
    ]);
    expect(verdictOf(report, 'next-step')).toBe('met');
  });

  it('is undone when the customer takes the agreement back', () => {
    const report = score([
      ...opening,
      'OK, that works.',
      'Great. And while I have you, the lease includes free oil changes.',
      'Actually no, not Wednesday, not right now. I’ll have to get back to you.',
    ]);
    expect(verdictOf(report, 'next-step')).toBe('missed');
  });

  it('quotes the sentence with the proposal, not the opening of the turn', () => {
    const report = score([...opening, 'Wednesday at 4 is fine.']);
    const quotes = report.principles.find((p) => p.id === 'next-step')!.evidence.map((e) => e.quote);
    expect(quotes[0]).toBe('I can drive them over to you Wednesday at 4.');
  });

  describe('on a voicemail', () => {
    const message = (text: string) => score(['Hi, you’ve reached Art, leave a message.', text], 'voicemail');
    it('gives full marks only with a callback time and a way to reach you', () => {
      const withNumber = message('Art, Sam at Riverside: your plates have arrived. I’ll try you again Thursday around 6, or ring me on 0161 555 0199.');
      const withoutNumber = message('Art, Sam at Riverside: your plates have arrived. I’ll try you again Thursday around 6.');
      expect(verdictOf(withNumber, 'next-step')).toBe('met');
      expect(verdictOf(withoutNumber, 'next-step')).toBe('met');
      const scoreOf = (r: typeof withNumber) => r.principles.find((p) => p.id === 'next-step')!.score;
      expect(scoreOf(withNumber)).toBeGreaterThan(scoreOf(withoutNumber));
    });
  });
});

describe('next-step on the shipped scenarios', () => {
  const scoreIn = (id: string, lines: string[]) => scoreTranscript(loadScenario(id), callFromLines(id, lines));

  it.each([
    'I just told you I don’t have my plates, and you’re on to something else?',
    'You’re changing the subject. What about my plates?',
    'I already told you that I want the plates first.',
  ])('never takes the complaint %j as agreement', (complaint) => {
    const report = scoreIn('lease-follow-up', [
      'Art speaking.',
      'Hi Art, Sam from Riverside Motors. Your lease includes free oil changes for two years.',
      'Nice. But where are my plates?',
      'Sorry about that. Can I book your first free oil change for Saturday at 9 am?',
      complaint,
    ]);
    expect(verdictOf(report, 'next-step')).toBe('missed');
  });

  it('does not count the promise that fixes a problem as the call’s next step', () => {
    const report = scoreIn('quote-follow-up', [
      'Marcus Bell.',
      'Hi Marcus, Taylor at Northline, calling about Tuesday’s quote: I have the fuel surcharge figure you were missing.',
      'Good, because TBD is no use to me.',
      'Sorry about that. It’s fourteen percent, fixed for three months, and I will email the revised quote by 3 pm today.',
      'OK. I’m making the decision next Friday.',
      'We’re one of the best carriers out there.',
      'Right. Bye.',
    ]);
    expect(verdictOf(report, 'next-step')).toBe('missed');
  });

  it('is met when the customer agrees the decision call the scenario is after, with a time', () => {
    const report = scoreIn('quote-follow-up', [
      'Marcus Bell.',
      'Hi Marcus, Taylor at Northline, calling about Tuesday’s quote: I have the fuel surcharge figure you were missing.',
      'Go on.',
      'It’s fourteen percent, fixed, and I will email the revised quote by 3 pm today. Could we speak Thursday at 10 to go through it before you decide?',
      'Thursday at 10 works.',
    ]);
    expect(verdictOf(report, 'next-step')).toBe('met');
  });

  it('is missed when the customer says yes to a document but no time is ever set', () => {
    const report = scoreIn('industry-news', [
      'Gareth here.',
      'Hi Gareth, Robin from Brightway, with news: from 1 June fleet policies must name every regular driver. Can I email you the summary and the driver form?',
      'Yes, send it over.',
      'Will do, thanks Gareth.',
      'Right, we’ll do it then. Bye.',
    ]);
    expect(verdictOf(report, 'next-step')).toBe('missed');
  });

  it('does not count "whenever you get a chance we should get that on the calendar" as a step', () => {
    const report = scoreIn('busy-executive', [
      'Wendy Park.',
      'Hi Wendy, Jordan from Clearline, I took over from Priya. Whenever you get a chance we should get that demo on the calendar.',
      'Yes, we still want that.',
      'Great, thanks Wendy.',
    ]);
    expect(verdictOf(report, 'next-step')).toBe('missed');
  });

  it('keeps an agreed step when the customer only says maybe to a second offer', () => {
    const report = scoreIn('lease-follow-up', [
      'Art speaking.',
      'Hi Art, Sam from Riverside. Your plates are ready, and I’ll bring them round to yours Thursday at 6 pm. Sorry they took so long.',
      'Thursday at 6 is fine.',
      'Great. And would you like to book in for an oil change sometime?',
      'Maybe, I’ll see.',
      'No problem. See you Thursday, Art.',
    ]);
    expect(verdictOf(report, 'next-step')).toBe('met');
  });

  it.each(['When, though? I’m comparing this week.', 'OK. And what exactly happens next?', 'Right. Which day, what time?'])(
    'is missed when the customer answers the proposal by asking for specifics: %j',
    (reply) => {
      expect(verdictOf(score(['Hello?', 'Hi Art, Sam at Riverside. Your plates came in; shall I sort out getting them to you?', reply]), 'next-step')).toBe(
        'missed',
      );
    },
  );

  it('is missed when the rep answers the customer’s free day with “let me know”', () => {
    const report = score([
      ...opening,
      'Hm, maybe. Saturdays are my day off, if that helps.',
      'Yeah, no pressure at all. Have a think and let me know.',
      'I’ll think about it.',
    ]);
    expect(verdictOf(report, 'next-step')).toBe('missed');
  });

  it('does not take “I have a patient in five minutes” as the customer naming a time', () => {
    const report = score([
      'Hello?',
      'Hi Art, Sam at Riverside about your plates.',
      'Yes, fine. I have a patient in five minutes, though.',
      'Sorry! They came in this morning and I can bring them round.',
      'Hm.',
    ]);
    expect(verdictOf(report, 'next-step')).toBe('missed');
  });
});
