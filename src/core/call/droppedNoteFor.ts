import type { CallSession } from './CallSession';

/** The one line that explains why a call without a word from the rep was not saved. */
export function droppedNoteFor(session: Pick<CallSession, 'channel' | 'retryOf'>): string {
  if (session.retryOf) return 'The retry ended before you said a new line, so it was not saved; the call you retried is unchanged in History.';
  return session.channel === 'voicemail'
    ? 'The call ended before you left a message, so there was nothing to score; it was not saved to History.'
    : 'The call ended before you said anything, so there was nothing to score; it was not saved to History.';
}
