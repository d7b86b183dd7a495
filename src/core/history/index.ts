// The public face of src/core/history: the saved-call record and restoring saved history.
export { CALL_RECORD_VERSION } from './callRecord';
export type { CallRecord } from './callRecord';
export { currentRecord, isTurn } from './currentRecord';
export { restoreHistory } from './restoreHistory';
export type { Rescore, RestoredHistory, SetAside } from './restoreHistory';
