import { onTheLine } from '../../core/call';
import type { Scenario } from '../../core/scenario';
import { Avatar } from '../shared/Avatar';
import { Icon } from '../shared/Icon';
import { selectCallStage } from './callSelectors';
import { CallTimer } from './CallTimer';
import type { CallPhase, CallSession } from './callState';
import { PatienceMeter } from './PatienceMeter';
import { useCall } from './useCall';

/** The status line under the customer's name. */
export function callStatus(phase: CallPhase, session: CallSession): string {
  const voicemail = session.channel === 'voicemail';
  switch (phase) {
    case 'connecting':
      return session.turns.length === 0 ? 'Ringing…' : voicemail ? 'Voicemail greeting' : 'Connecting…';
    case 'live':
    case 'responding':
      return voicemail ? 'Recording your message' : 'On the call';
    case 'fault':
      return 'Line trouble';
    case 'interrupted':
      return 'Call paused';
    default:
      return 'Call ended';
  }
}

/** The top of the phone: who, status, timer, patience and the hang-up button. */
export function CallHeader({ scenario, session, phase, onHangUp }: { scenario: Scenario; session: CallSession; phase: CallPhase; onHangUp(): void }) {
  const { persona } = scenario;
  const stage = useCall(selectCallStage);
  const running = stage === 'talking';
  const ended = stage === 'ended';
  const lastAt = session.turns.at(-1)?.at ?? 0;
  const recording = session.channel === 'voicemail' && session.beeped && !ended;
  const assistant = scenario.gatekeeper && onTheLine(scenario, session.turns) === 'gatekeeper' ? scenario.gatekeeper : undefined;
  return (
    <header className="call-header">
      <div className="call-who">
        <Avatar name={persona.name} size={48} />
        <div>
          <h2 className="call-name">{persona.name}</h2>
          <p className="call-status" aria-live="polite">
            {recording && <span className="recording-dot" aria-hidden="true" />}
            {callStatus(phase, session)}
            {session.connectedAt !== undefined && (
              <>
                {' · '}
                <CallTimer connectedAt={session.connectedAt} running={running} frozenAt={lastAt} />
              </>
            )}
          </p>
          {assistant && (
            <p className="call-on-line" data-testid="on-the-line">
              Speaking to {assistant.name}, {assistant.role}
            </p>
          )}
        </div>
      </div>
      {session.channel === 'call' && session.mood && <PatienceMeter patience={session.mood.patience} name={persona.name} />}
      {!ended && (
        <button type="button" className="button button-danger hang-up" onClick={onHangUp}>
          <Icon name="phone-off" size={18} />
          {session.turns.length === 0 ? 'Cancel call' : 'Hang up'}
        </button>
      )}
    </header>
  );
}
