import type { CallSession } from './CallSession';

/** The rep said something: only such a call is scored and saved. */
export function repSpoke(session: Pick<CallSession, 'turns'>): boolean {
  return session.turns.some((turn) => turn.speaker === 'rep' && turn.text.trim() !== '');
}
