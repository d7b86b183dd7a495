import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../../src/core/scoring/scoreTranscript';
import { callFromLines, verdictOf } from '../callFromLines';
import { makeScenario } from '../scenarioFactory';

const lease = makeScenario({ principles: { 'purpose-first': 3, 'own-the-issue': 3, 'next-step': 3, 'respect-time': 1 } });
const score = (lines: string[]) => scoreTranscript(lease, callFromLines(lease.id, lines));
const raised = ['Hello?', 'Hi Art, Sam from Riverside here.', 'About time. Where on earth are my plates?'];

describe('own-the-issue', () => {
  it.each([
    'I’m sorry about the plates. I’ll dig into it over the next few days.',
    'Apologies, Art. Let me see what I can do and I’ll get back to you soon.',
    'Sorry about that, I’ll chase it up this week and call you back.',
    'My fault entirely. I’ll get on it in a couple of days.',
  ])('is missed for the vague promise %j', (answer) => {
    expect(verdictOf(score([...raised, answer]), 'own-the-issue')).toBe('missed');
  });

  it.each([
    'I’m sorry, Art. I’ll phone the registration office today and call you back by 3 with a date.',
    'That’s on us. I’ll drive them over to you Friday morning myself.',
  ])('is met for the specific action with a time %j', (answer) => {
    expect(verdictOf(score([...raised, answer]), 'own-the-issue')).toBe('met');
  });

  it('quotes the commitment sentence as its evidence', () => {
    const report = score([...raised, 'I’m sorry, Art. I’ll phone the registration office today and call you back by 3 with a date.']);
    const quotes = report.principles.find((p) => p.id === 'own-the-issue')!.evidence.map((e) => e.quote);
    expect(quotes).toContain('I’ll phone the registration office today and call you back by 3 with a date.');
  });
});

describe('own-the-issue with a direct status and a firm time', () => {
  const leaseCall = makeScenario({ principles: { 'own-the-issue': 3 } });
  const ownership = (answer: string) =>
    scoreTranscript(leaseCall, callFromLines(leaseCall.id, ['Hello?', 'Hi Art, Sam at Riverside. I’m calling about your plates, which I know are late. I’m sorry.', 'My plates still haven’t arrived. When am I getting them?', answer]));

  it.each([
    'It is on the truck now and will be with you tomorrow by 9 am.',
    'They’re on the van now, and they’ll be with you tomorrow by 9 am.',
    'I’ll make sure they are with you tomorrow by 9 am.',
  ])('owns the problem when the rep answers %j, naming it only as "it" or "they"', (answer) => {
    expect(verdictOf(ownership(answer), 'own-the-issue')).toBe('met');
  });

  it('does not own it with a status and no time ("they should be with you soon")', () => {
    expect(verdictOf(ownership('They should be with you soon.'), 'own-the-issue')).toBe('missed');
  });
});
