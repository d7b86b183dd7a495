import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../../src/core/scoring/scoreTranscript';
import { callFromLines, verdictOf } from '../callFromLines';
import { makeScenario } from '../scenarioFactory';

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

  it('is undone when the customer takes the agreement back', () => {
    const report = score([...opening, 'OK, that works.', 'Great. And while I have you, the lease includes free oil changes.', 'Actually no, not Wednesday, not right now. I’ll have to get back to you.']);
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
