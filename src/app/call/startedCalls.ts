import { createCallChannel } from './createCallChannel';

/** A call that has just started (or was restored after a reload): its id and the assignment it is played under. */
export interface StartedCall {
  callId: string;
  assignmentId?: string;
}

const started = createCallChannel<StartedCall>();

/** Tells whoever listens (team mode, to remember who started it) that a call started; may repeat for one call. */
export const announceStartedCall = started.announce;

/** Listens for started calls, starting with those announced before. */
export const onStartedCall = started.listen;
