import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../../src/core/scoring/scoreTranscript';
import { loadScenario } from '../../persona/personaFixtures';
import { callFromLines } from '../callFromLines';

const score = (id: string, lines: string[], channel: 'call' | 'voicemail' = 'call') => scoreTranscript(loadScenario(id), callFromLines(id, lines, channel));
const purpose = (id: string, lines: string[], channel: 'call' | 'voicemail' = 'call') =>
  score(id, lines, channel).principles.find((p) => p.id === 'purpose-first')!;

describe('purpose-first', () => {
  it('is missed when the second line names the problem only to wave it away', () => {
    const lines = [
      'Hello, this is Art.',
      'Hey Art! Sam from Riverside, how’s the new ride treating ya?',
      'Depends.',
      'Oh man, the plates, yeah the DMV is a nightmare, it’s out of our hands honestly.',
    ];
    expect(purpose('lease-follow-up', lines).verdict).toBe('missed');
  });

  describe('after a courteous "is now OK?" the customer cuts in with the problem', () => {
    const cutIn = 'If you’re ringing about last week, I’m still without my cups. When?';
    const owned = 'I am, and I’m sorry about the cups. They’re loaded Wednesday night and with you Thursday the 23rd between 7 and 8.';

    it('is met when the rep answers it with the fix: they had no chance to say why first', () => {
      const lines = [
        'Copper Pot, Nadia speaking.',
        'Hi Nadia, Morgan from Kettle & Crate. I left it till after two like you said, is now all right?',
        cutIn,
        owned,
      ];
      expect(purpose('late-delivery', lines).verdict).toBe('met');
    });

    it('is still missed when the opener was a teaser, whose answer is the customer’s reason, not the rep’s', () => {
      const lines = ['Copper Pot, Nadia speaking.', 'Morning Nadia, Morgan here. Got a quick minute? I’ve something rather good for you.', cutIn, owned];
      expect(purpose('late-delivery', lines).verdict).toBe('missed');
    });
  });

  describe('a topic in a follow-up frame is not a reason', () => {
    it.each([
      ['quote-follow-up', 'Hi Marcus, Taylor from Northline, just checking in on the quote.'],
      ['quote-follow-up', 'Just following up on the quote.'],
      ['quote-follow-up', 'I’m just calling to follow up on the quote we sent.'],
      ['quote-follow-up', 'Just wanted to follow up on that quote I sent over, did you get a chance to look at it?'],
      ['quote-follow-up', 'Marcus, hi, circling back about the freight quote from Tuesday.'],
      ['not-now-shopper', 'Hi Dana, just following up on your test drive. Any thoughts?'],
      ['busy-executive', 'Hi Wendy, just following up on the demo.'],
      ['busy-executive', 'Hi Wendy, Jordan here, just touching base regarding the demo for your team.'],
      ['industry-news', 'Hi Gareth, just following up on your policy.'],
      ['lease-follow-up', 'Just following up on your lease, how’s everything going?'],
      ['third-call', 'Hi Lena, just checking in about your glove orders.'],
    ])('is missed in %s when the rep opens with %j and nothing more', (id, opener) => {
      const result = purpose(id, ['Hello?', opener, 'OK?']);
      expect(result.verdict).toBe('missed');
    });

    it.each([
      ['quote-follow-up', 'Hi Marcus, following up on the quote: I have the fuel surcharge figure you were missing, fourteen percent fixed.'],
      ['busy-executive', 'Hi Wendy, following up on the demo for your staff: I’d like to get a date in with Kim this week.'],
      ['not-now-shopper', 'Hi Dana, following up on your test drive: the Aria in Pearl Blue you wanted has just arrived.'],
      ['industry-news', 'Hi Gareth, just following up on your policy, because from 1 June fleet policies must name every regular driver.'],
      ['lease-follow-up', 'Hi Art, following up on your lease: it includes free oil changes for two years, and nobody told you.'],
    ])('is met in %s when the same line gives a concrete reason: %j', (id, opener) => {
      expect(purpose(id, ['Hello?', opener]).verdict).toBe('met');
    });
  });

  it('is missed for the lesson’s weak voicemail, a topic and "call me back when you get a chance"', () => {
    const result = purpose(
      'not-now-voicemail',
      ['Hi, this is Dana, leave a message.', 'Hi Dana, Alex from Harbour Motors, following up on your test drive. Give me a call back when you get a chance.'],
      'voicemail',
    );
    expect(result.verdict).toBe('missed');
  });

  it('does not quote a topic-only opener as what worked', () => {
    const report = score('quote-follow-up', [
      'Marcus Bell.',
      'Hey Marcus, Taylor at Northline. Just wanted to follow up on that quote I sent over, did you get a chance to look at it?',
      'Not yet.',
    ]);
    const result = report.principles.find((p) => p.id === 'purpose-first')!;
    expect(result.verdict).toBe('missed');
    expect(report.mistakes.some((m) => m.principle === 'purpose-first' && m.turn === 1)).toBe(true);
  });

  it('does not take the customer’s own complaint, answered after a filler opener, as the rep’s reason', () => {
    const result = purpose('lease-follow-up', [
      'Art speaking.',
      'Just following up, how are you liking the Corsa so far?',
      'It’s fine, but where are my plates? It’s been six weeks.',
      'Ah yeah, the plates, sorry about that, I’ll look into it.',
    ]);
    expect(result.verdict).toBe('missed');
  });

  it('still forgives a filler first line when the rep’s own reason follows at once', () => {
    const result = purpose('lease-follow-up', [
      'Art speaking.',
      'Hey Art, just ringing to see how you’re getting on with the car.',
      'Fine, thanks.',
      'Good stuff. The actual reason I’m calling: your lease includes free oil changes for two years, and nobody told you.',
    ]);
    expect(result.verdict).toBe('met');
    expect(result.score).toBeLessThan(100);
  });

  it('does not take news that is announced and never given as the reason for the call', () => {
    const result = purpose('industry-news', [
      'Hughes Express, Gareth.',
      'Gareth, hiya, Robin at Brightway, got some properly big news for you today, really matters for the business.',
      'Go on then.',
      'So we have this new cyber cover bundle out, loads of firms your size are going for it, fancy a quote?',
      'No thanks.',
    ]);
    expect(result.verdict).toBe('missed');
  });

  it('still takes announced news as the reason when the call goes on to give it', () => {
    const result = purpose('lease-follow-up', [
      'Art speaking.',
      'Art, it’s Sam at Riverside, got some good news for you today.',
      'Oh yeah?',
      'Your plates are in: the county office has them ready, and I can bring them to you Thursday at 4.',
    ]);
    expect(result.verdict).toBe('met');
  });
});
