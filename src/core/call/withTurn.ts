import type { Turn } from '../transcript';
import type { CallSession } from './CallSession';

/** The session with one more turn. */
export function withTurn(session: CallSession, turn: Turn): CallSession {
  return { ...session, turns: [...session.turns, turn] };
}
