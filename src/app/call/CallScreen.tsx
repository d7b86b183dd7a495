import './call.css';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { navigate } from '../navigation/navigate';
import { selectScenario, useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { useSettingsStore } from '../settings/settingsStore';
import { Icon } from '../shared/Icon';
import { useStorageNotices } from '../storage/storageNotices';
import { firstName, speakerName } from '../shared/labels';
import { ScreenHeading } from '../shared/ScreenHeading';
import { CallHeader } from './CallHeader';
import { CallSidePanel } from './CallSidePanel';
import { EndedPanel, FaultPanel, ResumePanel } from './CallPanels';
import { repSpoke } from '../../core/call';
import { onTheLine } from '../../core/call';
import { selectCallStage, selectCustomerSpeaking, selectFinishedRecordId, selectRepTurn } from './callSelectors';
import { CALL_STORAGE_KEY } from './callStore';
import { Composer } from './Composer';
import { ReplyWait } from './ReplyWait';
import { Ringing } from './Ringing';
import { TranscriptLog } from './TranscriptLog';
import { useCall, useCallApi } from './useCall';

// Loaded only when voice is switched on in Settings.
const CallVoice = lazy(() => import('../voice/CallVoice'));

function NoCall() {
  return (
    <section className="screen" data-screen="call">
      <header className="screen-header">
        <ScreenHeading>No call in progress</ScreenHeading>
        <p className="lede">Pick a scenario, read the briefing and dial from there.</p>
      </header>
      <p>
        <a className="button button-primary" href="#/">
          Choose a scenario
        </a>
      </p>
    </section>
  );
}

/** The call: it rings, the customer answers, you talk, and it ends; then the results open. */
export default function CallScreen() {
  const call = useCallApi();
  const phase = useCall((s) => s.phase);
  const stage = useCall(selectCallStage);
  const repTurn = useCall(selectRepTurn);
  const speaking = useCall(selectCustomerSpeaking);
  const session = useCall((s) => s.session);
  const streamingText = useCall((s) => s.streamingText);
  const replyAskedAt = useCall((s) => s.replyAskedAt);
  const replyWait = useCall((s) => s.replyWait);
  const notice = useCall((s) => s.notice);
  const fault = useCall((s) => s.fault);
  const finishedRecordId = useCall(selectFinishedRecordId);
  const canAskAgain = useCall((s) => s.faultRetryable !== false);
  // The banner above can scroll out of sight; the call says it here too while it is not being kept.
  const notKept = useStorageNotices((s) => s.unsaved.includes(CALL_STORAGE_KEY));
  const scenario = useScenarioCatalog(selectScenario(session?.scenarioId));
  const voice = useSettingsStore((s) => s.voice);
  // Turns already there when the screen opened (a resumed call) appear without animation.
  const [liveFrom] = useState(session?.turns.length ?? 0);

  useEffect(() => {
    if (!finishedRecordId) return;
    navigate({ name: 'results', recordId: finishedRecordId }, { replace: true });
    call.getState().clear();
  }, [call, finishedRecordId]);

  // A call thrown away unscored (the rep never spoke) goes back Home, where a note says why.
  const droppedNote = useCall((s) => s.droppedNote);
  useEffect(() => {
    if (stage === 'none' && droppedNote) navigate({ name: 'home' }, { replace: true });
  }, [stage, droppedNote]);

  const hangUp = useCallback(() => {
    const session = call.getState().session;
    const nothingSaid = !session || !repSpoke(session);
    void call.getState().hangUp();
    if (nothingSaid) navigate({ name: 'home' });
  }, [call]);

  const onSpoken = useCallback((text: string) => void call.getState().sendRepLine(text), [call]);

  if (!session || stage === 'none' || finishedRecordId) return <NoCall />;
  if (!scenario) {
    return (
      <section className="screen" data-screen="call">
        <header className="screen-header">
          <ScreenHeading>This call cannot continue</ScreenHeading>
          <p className="lede">The scenario “{session.scenarioId}” is no longer available.</p>
        </header>
        <div className="button-row">
          <button type="button" className="button" onClick={() => call.getState().discard()}>
            Discard the call
          </button>
        </div>
      </section>
    );
  }

  const name = scenario.persona.name;
  const ringing = stage === 'ringing';
  const talking = stage === 'talking';
  const lastCustomer = [...session.turns].reverse().findIndex((t) => t.speaker === 'customer');
  const customerIndex = lastCustomer === -1 ? -1 : session.turns.length - 1 - lastCustomer;

  return (
    <section className="screen call-screen" data-screen="call" data-phase={phase} aria-labelledby="call-title">
      <ScreenHeading id="call-title" className="visually-hidden">
        Call with {name}
      </ScreenHeading>
      <div className="call-layout">
        <div className="phone">
          <CallHeader scenario={scenario} session={session} phase={phase} onHangUp={hangUp} />
          {ringing ? (
            <Ringing name={name} />
          ) : (
            <TranscriptLog
              turns={session.turns}
              customerName={name}
              scenario={scenario}
              speakingName={speakerName(
                { speaker: 'customer', ...(onTheLine(scenario, session.turns) === 'gatekeeper' ? { party: 'gatekeeper' } : {}) },
                name,
                scenario,
              )}
              speaking={speaking}
              streamingText={streamingText}
              liveFrom={liveFrom}
              voicemail={session.channel === 'voicemail'}
              guidedPicks={session.guidedPicks}
            >
              {session.channel === 'voicemail' && session.beeped && (
                <p className="beep-marker" data-testid="voicemail-beep">
                  <span aria-hidden="true">●</span> Beep. Recording…
                </p>
              )}
            </TranscriptLog>
          )}
          <div className="phone-bottom" hidden={ringing && !notice}>
            {notice && (
              <div className="notice notice-warning call-notice" role="status">
                <div className="notice-body">
                  <p>{notice}</p>
                  {repTurn && session.turns.at(-1)?.partial && canAskAgain && (
                    <div className="button-row">
                      <button type="button" className="button button-small" onClick={() => void call.getState().retry()}>
                        Ask {firstName(name)} again
                      </button>
                      {session.personaKind === 'llm' && (
                        <button type="button" className="button button-small" onClick={() => void call.getState().switchToScripted()}>
                          Continue with the scripted {firstName(name)}
                        </button>
                      )}
                    </div>
                  )}
                </div>
                <button type="button" className="button button-ghost button-small" onClick={() => call.getState().dismissNotice()} aria-label="Dismiss notice">
                  <Icon name="x" size={16} />
                </button>
              </div>
            )}
            {speaking && session.personaKind === 'llm' && !streamingText && (
              <ReplyWait key={replyAskedAt} name={firstName(name)} askedAt={replyAskedAt} wait={replyWait} />
            )}
            {notKept && talking && (
              <p className="notice notice-warning call-notice" role="status" data-testid="call-not-kept">
                The browser’s storage is full, so this call is not kept as you go: finish it in this tab, where it is scored when it ends.
              </p>
            )}
            {stage === 'interrupted' && <ResumePanel name={firstName(name)} />}
            {stage === 'fault' && <FaultPanel fault={fault ?? 'The customer could not answer.'} session={session} name={firstName(name)} />}
            {stage === 'ended' && <EndedPanel phase={phase} session={session} name={name} scenario={scenario} fault={fault} />}
            {voice && talking && (
              <Suspense fallback={null}>
                <CallVoice
                  customerLine={customerIndex >= 0 ? { key: `${session.callId}-${customerIndex}`, text: session.turns[customerIndex]!.text } : undefined}
                  onSpoken={onSpoken}
                  listening={repTurn}
                />
              </Suspense>
            )}
            {talking && <Composer scenario={scenario} session={session} />}
          </div>
        </div>
        <CallSidePanel scenario={scenario} goal={session.goal} turns={session.turns} />
      </div>
    </section>
  );
}
