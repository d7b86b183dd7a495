// The public face of src/core/onboarding: the new-hire track and its progress.
export { certificateData } from './certificateData';
export { judgeLessonCall } from './judgeLessonCall';
export { emptyProgress, isComplete, reduceOnboarding, stepStatuses } from './onboardingProgress';
export type { OnboardingAction, OnboardingProgress, StepProgress, StepStatus } from './onboardingProgress';
export { buildOnboardingTrack, onboardingAssignmentId, onboardingStepOf } from './onboardingTrack';
export type { OnboardingTrack, TrackStep } from './onboardingTrack';
export { historyActions, progressFromHistory, unbackedSteps } from './progressFromHistory';
export { restoreOnboardingProgress } from './restoreOnboardingProgress';
