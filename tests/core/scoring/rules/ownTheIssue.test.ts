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
