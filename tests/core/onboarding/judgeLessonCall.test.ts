import { describe, expect, it } from 'vitest';
import { judgeLessonCall, lessonPasses } from '../../../src/core/onboarding/judgeLessonCall';
import type { Report } from '../../../src/core/scoring/report';

function report(overall: number, verdict: 'met' | 'missed' | 'n/a', score: number): Pick<Report, 'overall' | 'principles'> {
  return { overall, principles: [{ id: 'own-the-issue', verdict, score, evidence: [] }] };
}

describe('judging a lesson call', () => {
  it('passes only with the pass mark and the lesson’s own principle met', () => {
    expect(lessonPasses(70, 'met', 70)).toBe(true);
    expect(lessonPasses(69, 'met', 70)).toBe(false);
    expect(lessonPasses(95, 'missed', 70)).toBe(false);
    expect(lessonPasses(95, 'n/a', 70)).toBe(false);
  });

  it('says a missed principle fails the lesson even with a high score', () => {
    const outcome = judgeLessonCall({ id: 'own-the-issue' }, report(72, 'missed', 0), 70);
    expect(outcome.passed).toBe(false);
    expect(outcome.summary).toBe('“Own the problem, with an action and a time” was missed: try again.');
  });

  it('names both shortfalls when the score is low and the principle never came up', () => {
    const outcome = judgeLessonCall({ id: 'own-the-issue' }, report(40, 'n/a', 0), 70);
    expect(outcome.summary).toBe(
      '“Own the problem, with an action and a time” never came up in this call, so the lesson was not practised, and 40 overall is below the 70 needed: try again.',
    );
  });

  it('counts a partly met principle as a pass and says it was partial', () => {
    const outcome = judgeLessonCall({ id: 'own-the-issue' }, report(80, 'met', 55), 70);
    expect(outcome.passed).toBe(true);
    expect(outcome.summary).toBe('80 overall (70 needed), and the lesson’s principle was partly met (55 of 100).');
  });

  it('treats a report without the principle as the principle never coming up', () => {
    expect(judgeLessonCall({ id: 'own-the-issue' }, { overall: 90, principles: [] }, 70).verdict).toBe('n/a');
  });
});
