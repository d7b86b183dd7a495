import { principleById } from '../principles/principles';
import type { Report, Verdict } from '../scoring/report';
import type { TrackStep } from './onboardingTrack';

/**
 * The track's pass rule: the call scores the pass mark overall AND the lesson's own principle is met.
 * A met below full marks (a partial, such as a purpose given only on the second line) still counts;
 * a missed principle fails the lesson, and so does one that never came up (n/a), because then the
 * lesson was not practised at all.
 */
export function lessonPasses(overall: number, principleVerdict: Verdict, passMark: number): boolean {
  return overall >= passMark && principleVerdict === 'met';
}

/** Why a lesson call passed or not, for the results screen. */
export interface LessonCallOutcome {
  passed: boolean;
  overall: number;
  passMark: number;
  principleTitle: string;
  verdict: Verdict;
  principleScore: number;
  /** One plain sentence: what passed, or what is needed. */
  summary: string;
}

/** The verdict of the lesson's principle in a report; absent counts as never coming up. */
export function lessonVerdict(report: Pick<Report, 'principles'>, principleId: string): { verdict: Verdict; score: number } {
  const result = report.principles.find((p) => p.id === principleId);
  return result ? { verdict: result.verdict, score: Math.round(result.score) } : { verdict: 'n/a', score: 0 };
}

/** Judges one call played for a track step against the pass rule and says why, in plain words. */
export function judgeLessonCall(step: Pick<TrackStep, 'id'>, report: Pick<Report, 'overall' | 'principles'>, passMark: number): LessonCallOutcome {
  const overall = Math.round(report.overall);
  const { verdict, score } = lessonVerdict(report, step.id);
  const title = principleById(step.id).title;
  const passed = lessonPasses(report.overall, verdict, passMark);
  const scoreOk = report.overall >= passMark;
  let summary: string;
  if (passed) {
    summary = `${overall} overall (${passMark} needed), and the lesson’s principle was ${score >= 100 ? 'met' : `partly met (${score} of 100)`}.`;
  } else {
    const needs: string[] = [];
    if (verdict === 'missed') needs.push(`“${title}” was missed`);
    if (verdict === 'n/a') needs.push(`“${title}” never came up in this call, so the lesson was not practised`);
    if (!scoreOk) needs.push(`${overall} overall is below the ${passMark} needed`);
    summary = `${needs.join(', and ')}: try again.`;
    summary = summary.charAt(0).toUpperCase() + summary.slice(1);
  }
  return { passed, overall, passMark, principleTitle: title, verdict, principleScore: score, summary };
}
