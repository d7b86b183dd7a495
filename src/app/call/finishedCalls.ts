import type { CallRecord } from '../../core/history';
import { createCallChannel } from './createCallChannel';

const finished = createCallChannel<CallRecord>();

/** Tells whoever listens (team mode's uploads) that a call was scored and is being saved; may repeat for one call. */
export const announceFinishedCall = finished.announce;

/** Listens for finished calls, starting with those announced before. */
export const onFinishedCall = finished.listen;
