// The public face of src/core/scoring: scoring a call, its report, medals and the open-item checklist.
export { measureAgreement } from './agreement';
export type { AgreementReport } from './agreement';
export { overallScore } from './assembleReport';
export { HUNG_UP_CAP, failedCallOf } from './failedCall';
export type { FailedCall } from './failedCall';
export { medalFor, medalLabel } from './medalFor';
export type { Medal } from './medalFor';
export { linkOpenItem, openItemProgress } from './openItemProgress';
export type { OpenItemProgress, OpenItemState } from './openItemProgress';
export type { PrincipleResult, Report, Verdict } from './report';
export { scoreTranscript } from './scoreTranscript';
export { explainPoints, pointsLostSummary } from './explainPoints';
export type { LostPoints, PrincipleExplanation } from './explainPoints';
