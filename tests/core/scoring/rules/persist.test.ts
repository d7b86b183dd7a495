import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../../src/core/scoring/scoreTranscript';
import { callFromLines, verdictOf } from '../callFromLines';
import { makeScenario } from '../scenarioFactory';

const lease = makeScenario({ principles: { 'purpose-first': 3, 'bring-value': 2, 'next-step': 3, persist: 2, 'respect-time': 1 } });
const persistOf = (lines: string[]) => verdictOf(scoreTranscript(lease, callFromLines(lease.id, lines)), 'persist');

describe('persist', () => {
  it.each(['No. Not interested.', 'Not interested, thanks.', 'Nah, not really interested.'])(
    'does not apply when the only put-off is a clear no to an offer (%j) and the rep lets it go',
    (no) => {
      expect(
        persistOf([
          'Hello?',
          'Hi Art, Sam at Riverside. We have a new gap insurance plan. Can I put you down for a quote?',
          no,
          'No problem, I’ll leave it there. Bye!',
        ]),
      ).toBe('n/a');
    },
  );

  it('quotes the rep’s answer first as its evidence, and the put-off after it', () => {
    const report = scoreTranscript(
      lease,
      callFromLines(lease.id, [
        'Hello?',
        'Hi Art, Sam at Riverside: your plates are in.',
        'Not now, I’m at work.',
        'No problem. I’ll drop them round Thursday at 6, OK?',
      ]),
    );
    const evidence = report.principles.find((p) => p.id === 'persist')!.evidence;
    expect(evidence.map((e) => e.turn)).toEqual([3, 2]);
  });

  it('still applies to "not interested right now", which is a not-yet', () => {
    expect(persistOf(['Hello?', 'Hi Art, Sam at Riverside, about your free oil changes.', 'Not interested right now.', 'OK, bye!'])).toBe('missed');
  });

  describe('when a second "not now" comes after the door was kept open', () => {
    const opening = [
      'Hello?',
      'Hi Art, Sam at Riverside. Your lease includes free oil changes, and the first one is due.',
      'Not yet, I’m flat out this month.',
      'Understood. Could you come in Saturday at ten for it?',
    ];
    it.each([
      'Saturday doesn’t suit. Let me have a think.',
      'Can’t do Saturday. I’ll get back to you.',
      'Saturday’s no good. I’ll mull it over and then get back to you.',
    ])('is missed when the rep answers %j by handing the next move to the customer', (second) => {
      expect(persistOf([...opening, second, 'No worries, just give me a call whenever you’re ready.', 'OK, bye.'])).toBe('missed');
    });

    it('is met when the rep offers a new time instead', () => {
      expect(
        persistOf([
          ...opening,
          'Can’t do Saturday. I’ll get back to you.',
          'Sure. How about Monday at six instead? It’s a twenty-minute job.',
          'Monday at six works.',
        ]),
      ).toBe('met');
    });
  });

  it.each([
    'No need for a call, I’ll be in touch if I need you.',
    'I don’t need another call. If I have questions I’ll reach out.',
    'Let me get the plates sorted first.',
  ])('treats %j as a put-off that needs a reason and a time', (putOff) => {
    expect(
      persistOf([
        'Hello?',
        'Hi Art, Sam at Riverside, about your free oil changes. Shall we book the first one for Friday at 4?',
        putOff,
        'Sounds good, talk soon!',
      ]),
    ).toBe('missed');
  });
});

describe('persist under pressure', () => {
  it('is missed when a "not now" is answered with false urgency instead of a reason and a time', () => {
    const report = scoreTranscript(
      lease,
      callFromLines(lease.id, [
        'Hello?',
        'Hi Art, Sam at Riverside: your lease includes free oil changes for two years.',
        'Good to know, but not right now, thanks.',
        'Another customer is after the last Saturday slot, so I need your answer tonight or it is gone.',
        'I said not now.',
      ]),
    );
    expect(verdictOf(report, 'persist')).toBe('missed');
    expect(verdictOf(report, 'respect-time')).toBe('missed');
  });
});

describe('persist when the put-off comes at the end or after a referral ask', () => {
  it('does not apply when the put-off closes the call and the rep had no turn left to answer it', () => {
    expect(
      persistOf([
        'Hello?',
        'Hi Art, Sam at Riverside, just wanted to tell you all about our spring offers, there are loads this year.',
        'I haven’t got time for this. Bye.',
      ]),
    ).toBe('n/a');
  });

  it('is still missed when the rep hangs up on a "not now" instead of answering it', () => {
    const call = callFromLines(lease.id, ['Hello?', 'Hi Art, Sam at Riverside: your first free oil change is due.', 'Not this week, I’m flat out.']);
    expect(verdictOf(scoreTranscript(lease, { ...call, endReason: 'rep-ended' }), 'persist')).toBe('missed');
  });

  it('does not apply when a written call with no recorded end stops on the customer’s put-off', () => {
    const call = callFromLines(lease.id, ['Hello?', 'Hi Art, Sam at Riverside: your first free oil change is due.', 'No. Not until my plates are sorted.']);
    expect(call.endReason).toBeUndefined();
    expect(verdictOf(scoreTranscript(lease, call), 'persist')).toBe('n/a');
  });

  const askedForNames = ['Hello?', 'Hi Art, Sam at Riverside. Glad the car’s running well. Do you know anyone else looking for a car at the moment?'];
  it.each(['I’m driving, I haven’t got time for this.', 'Not now. Just email me something.'])(
    'reads %j after a referral ask as putting off the call, so "you know where to find me" misses',
    (putOff) => {
      expect(persistOf([...askedForNames, putOff, 'No worries, you know where to find me!'])).toBe('missed');
    },
  );

  it('reads "No. I’ve got to go." after a referral ask as declining the referral, not as a put-off', () => {
    expect(persistOf([...askedForNames, 'No. I’ve got to go.', 'No worries, you know where to find me!'])).toBe('n/a');
  });

  it('is not at stake when the customer only turns down the rep’s extra sale', () => {
    const lines = (ask: string) => [
      'Hello?',
      'Hi, it’s Sam about your plates: they’re ready, and I’ll drop them round at 5 today.',
      'Great, thanks.',
      ask,
      'No.',
      'No problem, and if you know anyone looking for a car, send them my way.',
    ];
    expect(persistOf(lines('While I have you, shall I put you down for our premium service plan?'))).toBe('n/a');
    expect(persistOf(lines('Shall I book you in for Saturday at nine as well?'))).toBe('missed');
  });
});
