import type { Verdict } from '../scoring/report';
import { lessonPasses } from './judgeLessonCall';
import type { OnboardingTrack, TrackStep } from './onboardingTrack';

/** The saved-progress format version this build writes. */
export const ONBOARDING_PROGRESS_VERSION = 1;

/** A trainee's record on one step. */
export interface StepProgress {
  attempts: number;
  /** Best overall score of any call on this step, passed or not. */
  best?: number;
  /** Best overall score of a call that passed the step: what the certificate shows. */
  bestPassed?: number;
  /** ISO time of the first pass. */
  passedAt?: string;
  /** Calls already counted, so feeding the same call twice changes nothing. */
  recordIds: string[];
}

/** A trainee's progress through the track; saved locally. */
export interface OnboardingProgress {
  version: typeof ONBOARDING_PROGRESS_VERSION;
  steps: Record<string, StepProgress>;
  lessonsRead: string[];
}

/** Things that change progress. */
export type OnboardingAction =
  | { type: 'lesson-read'; stepId: string; at: string }
  /** `principleVerdict` is the call's verdict on the step's own principle: a lesson passes only when it is met. */
  | { type: 'call-finished'; stepId: string; recordId: string; score: number; principleVerdict: Verdict; endedAt: string }
  | { type: 'reset' };

/** Where a step stands: locked until the step before it is passed. */
export type StepStatus = 'locked' | 'open' | 'passed';

/** Progress with nothing done. */
export function emptyProgress(): OnboardingProgress {
  return { version: ONBOARDING_PROGRESS_VERSION, steps: {}, lessonsRead: [] };
}

/** Whether the step has been passed. */
export function isPassed(progress: OnboardingProgress, stepId: string): boolean {
  return progress.steps[stepId]?.passedAt !== undefined;
}

/** The status of every step, in track order: each unlocks when all steps before it are passed. */
export function stepStatuses(track: OnboardingTrack, progress: OnboardingProgress): StepStatus[] {
  let open = true;
  return track.steps.map((step) => {
    if (isPassed(progress, step.id) && open) return 'passed';
    const status: StepStatus = open ? 'open' : 'locked';
    open = false;
    return status;
  });
}

/** The step to work on next, or undefined when the track is complete. */
export function currentStep(track: OnboardingTrack, progress: OnboardingProgress): TrackStep | undefined {
  const statuses = stepStatuses(track, progress);
  return track.steps.find((_, i) => statuses[i] === 'open');
}

/** True when every step is passed. */
export function isComplete(track: OnboardingTrack, progress: OnboardingProgress): boolean {
  return stepStatuses(track, progress).every((s) => s === 'passed');
}

function withStep(progress: OnboardingProgress, stepId: string, step: StepProgress): OnboardingProgress {
  return { ...progress, steps: { ...progress.steps, [stepId]: step } };
}

/**
 * Applies one action. A call passes its step under `lessonPasses` (pass mark and the lesson's principle met). Calls on a locked or unknown step do not count (the trainee cannot skip ahead),
 * the same call counted twice changes nothing, and a pass is never taken back.
 */
export function reduceOnboarding(progress: OnboardingProgress, action: OnboardingAction, track: OnboardingTrack): OnboardingProgress {
  if (action.type === 'reset') return emptyProgress();
  const index = track.steps.findIndex((s) => s.id === action.stepId);
  const step = track.steps[index];
  if (!step || stepStatuses(track, progress)[index] === 'locked') return progress;
  const current = progress.steps[step.id] ?? { attempts: 0, recordIds: [] };
  if (action.type === 'lesson-read') {
    const read = progress.lessonsRead.includes(step.id) ? progress : { ...progress, lessonsRead: [...progress.lessonsRead, step.id] };
    // A step with no scenario is passed by reading its lesson.
    return step.scenarioId === undefined && current.passedAt === undefined ? withStep(read, step.id, { ...current, passedAt: action.at }) : read;
  }
  if (step.scenarioId === undefined || current.recordIds.includes(action.recordId) || !Number.isFinite(action.score)) return progress;
  const best = current.best === undefined ? action.score : Math.max(current.best, action.score);
  const passes = lessonPasses(action.score, action.principleVerdict, track.passMark);
  const bestPassed = passes ? Math.max(current.bestPassed ?? action.score, action.score) : current.bestPassed;
  return withStep(progress, step.id, {
    attempts: current.attempts + 1,
    best,
    ...(bestPassed !== undefined ? { bestPassed } : {}),
    ...(current.passedAt !== undefined ? { passedAt: current.passedAt } : passes ? { passedAt: action.endedAt } : {}),
    recordIds: [...current.recordIds, action.recordId],
  });
}
