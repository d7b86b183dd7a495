import { emptyProgress, ONBOARDING_PROGRESS_VERSION, type OnboardingProgress, type StepProgress } from './onboardingProgress';

/** Saved progress as far as it could be read, and what had to be dropped. */
export interface RestoredProgress {
  progress: OnboardingProgress;
  /** One sentence per repair, for a notice. */
  notices: string[];
  /** True when nothing could be used and the saved data should be kept aside before it is overwritten. */
  unreadable: boolean;
  /** Why not all of it could be used, in a few words; absent when it was read in full. */
  reason?: string;
}

function restoreStep(raw: unknown): StepProgress | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const attempts = typeof r.attempts === 'number' && Number.isInteger(r.attempts) && r.attempts >= 0 ? r.attempts : undefined;
  if (attempts === undefined) return undefined;
  const recordIds = Array.isArray(r.recordIds) ? r.recordIds.filter((id): id is string => typeof id === 'string') : [];
  const best = typeof r.best === 'number' && r.best >= 0 && r.best <= 100 ? r.best : undefined;
  const bestPassed = typeof r.bestPassed === 'number' && r.bestPassed >= 0 && r.bestPassed <= 100 ? r.bestPassed : undefined;
  const passedAt = typeof r.passedAt === 'string' ? r.passedAt : undefined;
  return {
    attempts,
    recordIds,
    ...(best !== undefined ? { best } : {}),
    ...(bestPassed !== undefined ? { bestPassed } : {}),
    ...(passedAt !== undefined ? { passedAt } : {}),
  };
}

/** Reads saved progress forgivingly: every readable step is kept, damaged ones are dropped with a notice. */
export function restoreOnboardingProgress(raw: unknown): RestoredProgress {
  if (raw === undefined || raw === null) return { progress: emptyProgress(), notices: [], unreadable: false };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      progress: emptyProgress(),
      notices: ['Your saved track progress could not be read; it was kept aside and the track starts again.'],
      unreadable: true,
      reason: 'it is not in a form this version of Dialed In knows',
    };
  }
  const r = raw as Record<string, unknown>;
  if (typeof r.version === 'number' && r.version > ONBOARDING_PROGRESS_VERSION) {
    const reason = `it was saved by a newer version of Dialed In (format ${r.version})`;
    return {
      progress: emptyProgress(),
      notices: [`Your saved track progress was written by a newer version of Dialed In (format ${r.version}); it was kept aside.`],
      unreadable: true,
      reason,
    };
  }
  const steps: Record<string, StepProgress> = {};
  let dropped = 0;
  const rawSteps = r.steps !== null && typeof r.steps === 'object' && !Array.isArray(r.steps) ? (r.steps as Record<string, unknown>) : {};
  for (const [id, value] of Object.entries(rawSteps)) {
    const step = restoreStep(value);
    if (step) steps[id] = step;
    else dropped++;
  }
  const lessonsRead = Array.isArray(r.lessonsRead) ? r.lessonsRead.filter((id): id is string => typeof id === 'string') : [];
  const notices = dropped > 0 ? [`${dropped} step${dropped === 1 ? '' : 's'} of your saved track progress could not be read and start again.`] : [];
  const reason = dropped > 0 ? `${dropped} step${dropped === 1 ? ' is' : 's are'} damaged` : undefined;
  return { progress: { version: ONBOARDING_PROGRESS_VERSION, steps, lessonsRead }, notices, unreadable: false, ...(reason ? { reason } : {}) };
}
