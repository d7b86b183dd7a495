import { hashString } from '../random';
import { isComplete, type OnboardingProgress } from './onboardingProgress';
import type { OnboardingTrack } from './onboardingTrack';

/** What the completion certificate shows. */
export interface Certificate {
  trainee: string;
  /** ISO time of the last step's pass. */
  completedAt: string;
  steps: { principle: string; scenario?: string; best?: number }[];
  /** Mean of the best scores over the steps with a scenario, rounded. */
  averageBest: number;
  passMark: number;
  /** A short code derived from the content, so a printed copy can be matched to its data. */
  code: string;
}

/** The certificate for a completed track, or undefined while any step is still open. */
export function certificateData(track: OnboardingTrack, progress: OnboardingProgress, trainee: string): Certificate | undefined {
  if (track.steps.length === 0 || !isComplete(track, progress)) return undefined;
  const steps = track.steps.map((step) => {
    // Only a call that passed the lesson counts: a higher score on a failed call is not what was certified.
    const best = progress.steps[step.id]?.bestPassed;
    return { principle: step.lesson.title, ...(step.scenarioTitle ? { scenario: step.scenarioTitle } : {}), ...(best !== undefined ? { best } : {}) };
  });
  const scores = steps.flatMap((s) => (s.best !== undefined ? [s.best] : []));
  const averageBest = scores.length === 0 ? 0 : Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
  const completedAt =
    track.steps
      .map((s) => progress.steps[s.id]?.passedAt ?? '')
      .sort()
      .at(-1) ?? '';
  const name = trainee.trim();
  const code = hashString(JSON.stringify([name, completedAt, steps]))
    .toString(36)
    .toUpperCase()
    .padStart(7, '0');
  return { trainee: name, completedAt, steps, averageBest, passMark: track.passMark, code };
}
