// The public face of src/core/history: the saved-call record, restoring saved history, comparing a retry, what to practise next.
export { CALL_RECORD_VERSION } from './callRecord';
export type { CallRecord, RetryLink } from './callRecord';
export { currentRecord, isRetryLink, isTurn } from './currentRecord';
export { restoreHistory } from './restoreHistory';
export type { Rescore, RestoredHistory, SetAside } from './restoreHistory';
export { compareAttempts } from './compareAttempts';
export type { AttemptChange, AttemptComparison, PrincipleChange } from './compareAttempts';
export { RECENT_CALLS, recommendPractice } from './recommendPractice';
export type { PracticeHistoryItem, PracticeRecommendation, PracticeScenario } from './recommendPractice';
