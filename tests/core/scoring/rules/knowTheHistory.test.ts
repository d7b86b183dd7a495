import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../../src/core/scoring/scoreTranscript';
import { callFromLines, verdictOf } from '../callFromLines';
import { makeScenario } from '../scenarioFactory';
import { loadScenario } from '../../persona/personaFixtures';

const lease = makeScenario();
const score = (lines: string[]) => scoreTranscript(lease, callFromLines(lease.id, lines));

describe('know-the-history', () => {
  describe('when the customer has to raise a problem that is on record', () => {
    const raised = 'Never mind that. Where are my plates? They said two weeks.';
    it.each([
      'Hi Art, Sam here! How are you liking the new car?',
      'Hey Art, quick one: know anyone shopping for a car?',
      'Art! Sam at Riverside. Just saying hello.',
    ])('is missed when the rep opened with %j', (opener) => {
      const report = score(['Hello?', opener, raised, 'Sorry about that. I’ll call the DMV today and ring you by 4.']);
      expect(verdictOf(report, 'know-the-history')).toBe('missed');
      expect(report.mistakes.find((m) => m.principle === 'know-the-history')).toMatchObject({ turn: 1 });
      expect(report.mistakes.find((m) => m.principle === 'know-the-history')?.commentary).toContain('already on their account');
    });

    it('is not held against a rep who opened with a real reason from the account', () => {
      const report = score([
        'Hello?',
        'Hi Art, Sam at Riverside: your lease includes free oil changes, and nobody told you.',
        raised,
        'Sorry about that. I’ll call the DMV today and ring you by 4.',
      ]);
      expect(verdictOf(report, 'know-the-history')).toBe('met');
    });

    it('is not held against a rep who only asked whether now suits, and owned the problem in the next line', () => {
      const report = score([
        'Hello?',
        'Hi Art, Sam at Riverside. Is now an OK time for a couple of minutes?',
        raised,
        'Sorry about that. I’ll call the DMV today and ring you by 4.',
      ]);
      expect(report.mistakes.filter((m) => m.commentary.includes('already on their account'))).toEqual([]);
    });

    it('is still held against that rep when the next line does not own it', () => {
      const report = score(['Hello?', 'Hi Art, Sam at Riverside. Is now an OK time for a couple of minutes?', raised, 'Oh, right. Anyway, how is the car?']);
      expect(verdictOf(report, 'know-the-history')).toBe('missed');
    });
  });

  it.each(['You’ve been with us for, gosh, ages now, so I thought of you.', 'Since you’ve been a customer of ours a fair while, you get first look.'])(
    'is missed when the rep is hazy about how long the customer has been with us: %j',
    (line) => {
      expect(verdictOf(score(['Hello?', line]), 'know-the-history')).toBe('missed');
    },
  );

  it('is missed, with its own note, when the customer has to point the rep to the file', () => {
    const report = score(['Hello?', 'Hi Art, Sam at Riverside, about your plates. I’ll post the paperwork to you today.', 'No, by email. It’s in your notes.']);
    expect(verdictOf(report, 'know-the-history')).toBe('missed');
    expect(report.mistakes.find((m) => m.principle === 'know-the-history')?.commentary).toContain('already on their file');
  });

  it('quotes the line that used an open item from the account when nothing else showed the history', () => {
    const report = score(['Hello?', 'Hi Art, your plates came in, I’ll drop them round Thursday at 5.', 'Great.']);
    const result = report.principles.find((p) => p.id === 'know-the-history')!;
    expect(result.verdict).toBe('met');
    expect(result.evidence[0]!.quote).toContain('plates');
  });

  it('is missed when the call brings news but ignores the problem on record', () => {
    const report = score(['Hello?', 'Hi Art, Sam at Riverside: good news, you get free oil changes with us. Fancy booking one?', 'Sure.']);
    expect(report.principles.find((p) => p.id === 'know-the-history')!.verdict).toBe('missed');
  });

  it('is missed, with its own note, when the rep names the plates and then walks away from them', () => {
    const named = ['Hello?', "hi Art, it's Sam, calling about your plates", "Plates? I was told two weeks, it's been six."];
    const walkedAway = score([...named, "how's the car been?", 'Hang on, what about my plates?', 'ok great, just wanted to make sure you are happy, bye']);
    expect(verdictOf(walkedAway, 'know-the-history')).toBe('missed');
    expect(walkedAway.mistakes.find((m) => m.principle === 'know-the-history')?.commentary).toContain('walked away from it');
    const owned = score([...named, 'Sorry, that is on us. I will ring the DMV today and call you by 4 with a date.', 'OK, thanks.']);
    expect(verdictOf(owned, 'know-the-history')).toBe('met');
  });

  it('is missed, with its reason, when the call names nothing that is open on the account', () => {
    const report = score(['Hello?', 'Hi Art, Sam at Riverside. We have a great extended warranty this month. Interested?', 'No.']);
    const result = report.principles.find((p) => p.id === 'know-the-history')!;
    expect(result.verdict).toBe('missed');
    expect(report.mistakes.find((m) => m.principle === 'know-the-history')!.commentary).toMatch(/open on this account/);
  });

  it.each(['Ah right, the plates. Yes, I’ll find out.', 'Oh yes, your plates, of course.'])('is missed when the rep is reminded of the plates: %j', (reply) => {
    const report = score(['Hello?', 'Hi Art, how are things?', 'Fine. But where are my plates?', reply]);
    expect(verdictOf(report, 'know-the-history')).toBe('missed');
  });

  it('is missed when the rep calls about something this account does not have', () => {
    const report = score(['Hello?', 'Hi Art, Sam here. I’m calling about your mortgage refinancing quote.', 'My what?']);
    expect(verdictOf(report, 'know-the-history')).toBe('missed');
    expect(verdictOf(report, 'purpose-first')).toBe('missed');
  });

  describe('when the notes name the channel the customer wants', () => {
    const emailOnly = makeScenario({
      briefing: {
        ...lease.briefing,
        history: [...lease.briefing.history, { date: '2026-03-01', note: 'Note from Art: send documents by email, never by post.' }],
      },
    });
    const scoreEmailOnly = (rep: string) =>
      scoreTranscript(
        emailOnly,
        callFromLines(emailOnly.id, ['Hello?', 'Hi Art, Sam at Riverside, about your plates: they are ready at the county office.', 'About time.', rep]),
      );

    it('is missed when the rep offers to send it by post, with a note that names the channel on file', () => {
      const report = scoreEmailOnly('I will pop the forms in the post to you today.');
      expect(verdictOf(report, 'know-the-history')).toBe('missed');
      expect(report.mistakes.find((m) => m.principle === 'know-the-history')?.commentary).toContain('by email');
    });

    it('is not missed when the rep uses the channel on file', () => {
      expect(verdictOf(scoreEmailOnly('I will email you the forms today.'), 'know-the-history')).toBe('met');
    });
  });

  it('is missed when the customer is busy at the very time the notes say never to call, whatever the call then does', () => {
    const lateDelivery = loadScenario('late-delivery');
    const good = 'Hi Nadia, Morgan at Kettle & Crate: your cups and oat milk arrive Thursday 7 to 8 am, and the $148.60 credit is on this week’s invoice.';
    const lines = (reply: string) =>
      callFromLines(lateDelivery.id, ['Copper Pot, Nadia speaking.', good, reply, 'Sorry, I’ll ring you Thursday at 3 to check.']);
    const rushed = scoreTranscript(lateDelivery, lines('It’s half ten, morning rush, there’s a queue out the door.'));
    expect(verdictOf(rushed, 'know-the-history')).toBe('missed');
    expect(rushed.mistakes.find((m) => m.principle === 'know-the-history')?.commentary).toContain('never during the morning rush');
    expect(verdictOf(scoreTranscript(lateDelivery, lines('Oh, finally. Thanks.')), 'know-the-history')).toBe('met');
  });

  it('is met when the rep owns a problem on record, though not the item the goal names', () => {
    const quote = loadScenario('quote-follow-up');
    const report = scoreTranscript(
      quote,
      callFromLines(quote.id, [
        'Marcus Bell.',
        'Hi Marcus, Taylor at Northline. Ringing about the quote I sent Tuesday, I owe you the fuel number: it’s 11 percent on the lane right now.',
        'Fine, that helps.',
        'Could I grab 15 minutes Thursday at 2 to walk your team through it?',
        'Fine. Send me an invite.',
      ]),
    );
    expect(verdictOf(report, 'know-the-history')).toBe('met');
  });

  it('is missed when a voicemail names the account but leaves out everything open on it', () => {
    const dana = loadScenario('not-now-voicemail');
    const message = (text: string) => scoreTranscript(dana, callFromLines(dana.id, ['This is Dana, leave a message after the tone.', text], 'voicemail'));
    const warm = 'hey dana its alex at harbour motors, so great meeting you at the test drive the other week, give me a call back whenever';
    expect(verdictOf(message(warm), 'know-the-history')).toBe('missed');
    const news =
      'Hi Dana, Alex at Harbour Motors: the Aria Hybrid in Pearl Blue you test drove has arrived, and the 1.9% finance ends on 30 April. I’ll try you Thursday at 6.';
    expect(verdictOf(message(news), 'know-the-history')).toBe('met');
  });
});
