import type { CallSession } from './CallSession';

/** The rep said something (in a retry, something new after the line taken back): only such a call is scored and saved. */
export function repSpoke(session: Pick<CallSession, 'turns' | 'retryOf'>): boolean {
  const from = session.retryOf?.turn ?? 0;
  return session.turns.some((turn, index) => index >= from && turn.speaker === 'rep' && turn.text.trim() !== '');
}
