import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../../src/core/scoring/scoreTranscript';
import { callFromLines, verdictOf } from '../callFromLines';
import { loadScenario } from '../../persona/personaFixtures';
import { makeScenario } from '../scenarioFactory';

const wendy = loadScenario('busy-executive');
const score = (lines: string[]) => scoreTranscript(wendy, callFromLines(wendy.id, lines));

describe('bring-value', () => {
  it('is met when the demo named in one turn becomes a timed booking in the next', () => {
    const report = score([
      'This is Wendy.',
      'Wendy, Jordan at Clearline. I’ve taken over from Priya, about the staff demo she promised you.',
      'Right, yes.',
      'Could Kim book it in for next Tuesday at 2?',
      'Yes, ask Kim.',
    ]);
    expect(verdictOf(report, 'bring-value')).toBe('met');
  });

  it('is not met when the item named is followed only by a loose "a call next week"', () => {
    const marcus = loadScenario('quote-follow-up');
    const report = scoreTranscript(
      marcus,
      callFromLines(marcus.id, [
        'Logistics, Marcus speaking.',
        'Hi Marcus, Taylor at Northline. On time we’re really good on that lane, honestly one of the best.',
        'OK.',
        'Cool, so shall we pencil in a call next week to go through it?',
        'Maybe.',
      ]),
    );
    expect(verdictOf(report, 'bring-value')).toBe('missed');
  });

  it('is not met when that booking is pushed with made-up urgency', () => {
    const report = score([
      'This is Wendy.',
      'Wendy, Jordan at Clearline. I’ve taken over from Priya, about the staff demo.',
      'I’m in the middle of something.',
      'I’ve got a slot tomorrow at 9 and I really need to lock it in today because my diary’s filling up fast.',
      'No.',
    ]);
    expect(verdictOf(report, 'bring-value')).toBe('missed');
  });

  it('is met by a saving told plainly as money saved, without the word “save”', () => {
    const maureen = loadScenario('happy-renewal');
    const report = scoreTranscript(
      maureen,
      callFromLines(maureen.id, [
        'Maureen speaking.',
        'Hi Maureen, Jamie at Bookwell. You use about 1,400 texts a month, so Essentials at $179 would cover you. That’s $840 a year saved, same account.',
        'Oh, right.',
      ]),
    );
    expect(verdictOf(report, 'bring-value')).toBe('met');
  });
});

describe('bring-value for value in general words', () => {
  const lines = [
    'Hello?',
    'Hi Art, Sam at Riverside. I’ve got some really exciting news and a special offer on new models for you!',
    'Oh yeah?',
    'Yep, I’ll circle back with the details. Bye!',
  ];

  it('is missed when the account has items to bring and the rep offers only words like "exciting news" and "a special offer"', () => {
    const lease = makeScenario();
    expect(verdictOf(scoreTranscript(lease, callFromLines(lease.id, lines)), 'bring-value')).toBe('missed');
  });

  it('credits news with something in it only where the scenario names no items of its own', () => {
    const bare = makeScenario({ facts: { valueItems: [] } });
    const news = ['Hello?', 'Hi Art, Sam at Riverside. The new models have just arrived, and there’s a 2% discount on them until Friday.', 'Oh yeah?'];
    expect(verdictOf(scoreTranscript(bare, callFromLines(bare.id, news)), 'bring-value')).toBe('met');
    const lease = makeScenario();
    expect(verdictOf(scoreTranscript(lease, callFromLines(lease.id, news)), 'bring-value')).toBe('missed');
  });

  it('says a step was asked for before anything was given, not that a referral or a sale was, when neither was asked', () => {
    const art = loadScenario('lease-follow-up');
    const report = scoreTranscript(
      art,
      callFromLines(art.id, [
        'Art speaking.',
        'Hi Art, Sam from Riverside Motors, just touching base.',
        'OK.',
        'Let’s lock in a next step so we stay aligned going forward.',
      ]),
    );
    const note = report.mistakes.find((m) => m.principle === 'bring-value')?.commentary ?? '';
    expect(note).toMatch(/asked for a next step before giving/);
    expect(note).not.toMatch(/referral or a sale/);
  });
});
