import { describe, expect, it } from 'vitest';
import { scoreTranscript } from '../../../../src/core/scoring/scoreTranscript';
import { callFromLines, verdictOf } from '../callFromLines';
import { loadScenario } from '../../persona/personaFixtures';

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
});
