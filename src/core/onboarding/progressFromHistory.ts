import type { CallRecord } from '../history/callRecord';
import { lessonVerdict } from './judgeLessonCall';
import { emptyProgress, isPassed, reduceOnboarding, type OnboardingAction, type OnboardingProgress } from './onboardingProgress';
import { onboardingStepOf, type OnboardingTrack, type TrackStep } from './onboardingTrack';

/** The track calls among saved calls, oldest first, as the actions that count them. */
export function historyActions(records: readonly CallRecord[]): OnboardingAction[] {
  return records
    .filter((r) => onboardingStepOf(r.assignmentId) !== undefined)
    .sort((a, b) => (a.endedAt < b.endedAt ? -1 : a.endedAt > b.endedAt ? 1 : 0))
    .map((r) => {
      const stepId = onboardingStepOf(r.assignmentId)!;
      return {
        type: 'call-finished',
        stepId,
        recordId: r.id,
        score: r.report.overall,
        principleVerdict: lessonVerdict(r.report, stepId).verdict,
        endedAt: r.endedAt,
      };
    });
}

/**
 * Progress rebuilt from what this browser can show: the track calls in History, and the lessons read
 * (a step with no scenario is passed by reading it). Saved progress alone, which anyone can edit, passes nothing.
 */
export function progressFromHistory(track: OnboardingTrack, saved: OnboardingProgress, records: readonly CallRecord[]): OnboardingProgress {
  const reads: OnboardingAction[] = saved.lessonsRead.map((stepId) => ({ type: 'lesson-read', stepId, at: saved.steps[stepId]?.passedAt ?? '' }));
  const calls = historyActions(records);
  let progress = emptyProgress();
  // Steps unlock one after another, so apply everything again until nothing more counts.
  for (let round = 0; round <= track.steps.length; round++) {
    const next = [...reads, ...calls].reduce((p, action) => reduceOnboarding(p, action, track), progress);
    if (next === progress) break;
    progress = next;
  }
  return progress;
}

/** Steps the saved progress counts as passed but History does not back: their calls are not in this browser. */
export function unbackedSteps(track: OnboardingTrack, saved: OnboardingProgress, rebuilt: OnboardingProgress): TrackStep[] {
  return track.steps.filter((step) => isPassed(saved, step.id) && !isPassed(rebuilt, step.id));
}
