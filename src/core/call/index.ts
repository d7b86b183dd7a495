// The public face of src/core/call: the call's lifecycle as a pure state machine, and the session it runs on.
export { ENDED_PHASES, ONGOING_PHASES, holdsUnsavedCall, isOpenCall } from './callPhase';
export type { CallPhase } from './callPhase';
export type { CallSession, GuidedQuality } from './CallSession';
export { callTransition, canTransition } from './callTransition';
export type { CallEvent, CallTransition } from './callTransition';
export { callStage } from './callStage';
export type { CallStage } from './callStage';
export { buildCallRecord } from './buildCallRecord';
export { droppedNoteFor } from './droppedNoteFor';
export { BEEP_GAP_MS, ENDING_MS, RING_MS, pauseFor } from './pauseFor';
export { repSpoke } from './repSpoke';
export { restoredPhase } from './restoredPhase';
export type { RestoredFacts } from './restoredPhase';
export { transcriptOf } from './transcriptOf';
export { withTurn } from './withTurn';
export { retryFrom } from './retryFrom';
export type { RetryFrom, RetryPoint } from './retryFrom';
export { continueFrom } from './continueFrom';
