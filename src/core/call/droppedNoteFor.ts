import type { CallSession } from './CallSession';

/** The one line that explains why a call without a word from the rep was not saved. */
export function droppedNoteFor(session: Pick<CallSession, 'channel'>): string {
  return session.channel === 'voicemail'
    ? 'The call ended before you left a message, so there was nothing to score; it was not saved to History.'
    : 'The call ended before you said anything, so there was nothing to score; it was not saved to History.';
}
