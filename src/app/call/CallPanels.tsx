import { m } from 'framer-motion';
import { useState } from 'react';
import { navigate } from '../navigation/navigate';
import { endReasonSentence, lastOnTheLine } from '../shared/labels';
import type { Scenario } from '../../core/scenario';
import { Icon } from '../shared/Icon';
import { useClock } from '../clock/useClock';
import { useCall, useCallApi } from './useCall';
import { DiscardCallButton } from './DiscardCallButton';
import { exportCallRecord } from './exportCallRecord';
import type { CallPhase, CallSession } from './callState';

/** After a reload mid-call: resume or discard. */
export function ResumePanel({ name }: { name: string }) {
  const call = useCallApi();
  return (
    <div className="call-panel" role="region" aria-labelledby="resume-title">
      <h3 id="resume-title">Your call with {name} was interrupted</h3>
      <p>The page was closed or reloaded during the call. Everything said so far is kept; you can pick up where you left off.</p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => void call.getState().resume()} autoFocus>
          <Icon name="phone" size={18} /> Resume call
        </button>
        <DiscardCallButton label="Discard call" customerName={name} onDiscarded={() => navigate({ name: 'home' })} />
      </div>
    </div>
  );
}

/** The customer could not answer (a model fault): retry, carry on with the scripted customer, or end the call. */
export function FaultPanel({ fault, session, name }: { fault: string; session: CallSession; name: string }) {
  const store = useCallApi().getState();
  const retryable = useCall((s) => s.faultRetryable !== false);
  return (
    <div className="call-panel call-panel-danger" role="alert">
      <h3>{name} could not answer</h3>
      <p>{fault}</p>
      <p className="muted">Nothing said so far is lost.</p>
      <div className="button-row">
        {retryable ? (
          <button type="button" className="button button-primary" onClick={() => void store.retry()}>
            Try again
          </button>
        ) : (
          <a className="button" href="#/settings">
            Open Settings
          </a>
        )}
        {session.personaKind === 'llm' && (
          <button type="button" className={`button${retryable ? '' : ' button-primary'}`} onClick={() => void store.switchToScripted()}>
            Continue with the scripted {name}
          </button>
        )}
        {session.turns.length > 0 && (
          <button type="button" className="button button-ghost" onClick={() => void store.hangUp()}>
            End and score the call
          </button>
        )}
      </div>
    </div>
  );
}

/** The call is over: how it ended, then scoring and saving (or what went wrong saving). */
export function EndedPanel({
  phase,
  session,
  name,
  scenario,
  fault,
}: {
  phase: CallPhase;
  session: CallSession;
  name: string;
  scenario?: Scenario;
  fault?: string;
}) {
  const failed = phase === 'save-failed';
  const call = useCallApi();
  const clock = useClock();
  const pending = useCall((s) => s.pendingRecord);
  const pendingId = pending?.id;
  const [exported, setExported] = useState(false);
  return (
    <m.div
      className={`call-ended${failed ? ' call-ended-failed' : ''}`}
      role={failed ? 'alert' : 'status'}
      initial={{ opacity: 0, y: 12 }}
      animate={{ opacity: 1, y: 0 }}
      transition={{ duration: 0.25 }}
    >
      <span className="call-ended-icon" aria-hidden="true">
        <Icon name="phone-off" size={22} />
      </span>
      <div className="call-ended-body">
        <p className="call-ended-title" data-testid="call-ended">
          Call ended. {endReasonSentence(session.endReason, lastOnTheLine(session.turns, name, scenario))}
        </p>
        {failed ? (
          <>
            <p>{fault}</p>
            <div className="button-row">
              <button type="button" className="button button-primary" onClick={() => void call.getState().retrySave()}>
                Try saving again
              </button>
              {pending && (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    exportCallRecord(pending, clock);
                    setExported(true);
                  }}
                >
                  Export this call
                </button>
              )}
              {pendingId && (
                <a className="button" href={`#/results/${encodeURIComponent(pendingId)}`}>
                  See the results anyway
                </a>
              )}
            </div>
            {exported && (
              <div className="button-row">
                <p className="muted">Exported. Import the file in History once there is room, to keep the call with the others.</p>
                <button
                  type="button"
                  className="button button-ghost"
                  onClick={() => {
                    call.getState().clear();
                    navigate({ name: 'home' });
                  }}
                >
                  Close the call without saving
                </button>
              </div>
            )}
          </>
        ) : (
          <p className="muted">{phase === 'saving' ? 'Saving your call…' : 'Scoring your call…'}</p>
        )}
      </div>
    </m.div>
  );
}
