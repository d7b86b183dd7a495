import type { CallSession } from '../../core/call';
import type { CallServices } from './callServices';

/** Milliseconds since the customer picked up, on the call's clock: the time stamp of a new turn. */
export function sinceConnected(services: CallServices, session: CallSession): number {
  return Math.max(0, services.now() - (session.connectedAt ?? services.now()));
}
