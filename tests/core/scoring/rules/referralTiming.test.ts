import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../../src/core/scoring/scoreTranscript';
import { loadScenario } from '../../persona/personaFixtures';
import { callFromLines, verdictOf } from '../callFromLines';

const nadia = loadScenario('late-delivery');

describe('referral-timing', () => {
  it('says the ask came while what is owed is still on its way, when the fix was only promised', () => {
    const report = scoreTranscript(
      nadia,
      callFromLines(nadia.id, [
        'Copper Pot Café, hello?',
        'Hi Nadia, Morgan here from Kettle & Crate, sorry about last week’s delivery, your cups and oat milk are coming Thursday between 7 and 8am.',
        'OK. That’s more like it, thank you.',
        'Great. Actually while I have you, do you know any other cafes who might want to use us?',
        'Ask me when my cups turn up.',
      ]),
    );
    expect(verdictOf(report, 'referral-timing')).toBe('missed');
    expect(report.mistakes.find((m) => m.principle === 'referral-timing')?.commentary).toMatch(/still on its way/);
  });
});
