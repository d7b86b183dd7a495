import { useCallback } from 'react';
import type { CandidateLine } from '../../core/persona';
import type { Scenario } from '../../core/scenario';
import { useSettingsStore } from '../settings/settingsStore';
import { firstName } from '../shared/labels';
import { selectCustomerSpeaking, selectRepTurn } from './callSelectors';
import type { CallSession } from './callState';
import { FreeTextComposer } from './FreeTextComposer';
import { GuidedChoices } from './GuidedChoices';
import { ModeSwitch } from './ModeSwitch';
import { useCall, useCallApi } from './useCall';
import { useGuidedLines } from './useGuidedLines';
import { onTheLine } from '../../core/call';

/** What the trainee says next: three guided lines or free text, switchable at any time. */
export function Composer({ scenario, session }: { scenario: Scenario; session: CallSession }) {
  const preferred = useSettingsStore((s) => s.mode);
  const mode = session.forcedMode ?? preferred;
  const call = useCallApi();
  const canSend = useCall(selectRepTurn);
  const speaking = useCall(selectCustomerSpeaking);
  const voicemail = session.channel === 'voicemail';
  const waitingForBeep = voicemail && !session.beeped;
  const lines = useGuidedLines(scenario, session.turns, session.seed, mode === 'guided' && !waitingForBeep);
  const send = useCallback((text: string) => void call.getState().sendRepLine(text), [call]);
  const pick = useCallback((line: CandidateLine) => void call.getState().sendRepLine(line.text, { guided: line.quality }), [call]);
  // Whoever has the customer's end of the line: Kim, once Wendy has put the rep through.
  const name =
    onTheLine(scenario, session.turns) === 'gatekeeper' && scenario.gatekeeper ? firstName(scenario.gatekeeper.name) : firstName(scenario.persona.name);

  return (
    <div className="composer">
      <div className="composer-top">
        <span className="composer-title" id="composer-mode-label">
          {waitingForBeep ? 'Wait for the beep…' : voicemail ? 'Leave one message: you get one chance' : speaking ? `${name} is speaking…` : 'Your turn'}
        </span>
        {session.forcedMode ? (
          <span className="chip">{session.forcedMode === 'guided' ? 'Guided lines' : 'Free text'}: set for this call</span>
        ) : (
          <ModeSwitch labelledBy="composer-mode-label" />
        )}
      </div>
      {mode === 'guided' && lines.length > 0 ? (
        <GuidedChoices lines={lines} canSend={canSend} heading={voicemail ? 'Pick your message' : 'Pick what you say'} onPick={pick} />
      ) : (
        <FreeTextComposer
          canSend={canSend}
          label={voicemail ? 'Your voicemail message' : `What you say to ${name}`}
          placeholder={voicemail ? 'Say who you are, a reason to call back, and when you will try again…' : `Type what you say to ${name}…`}
          sendLabel={voicemail ? 'Leave message' : 'Send'}
          onSend={send}
          waitHint={waitingForBeep ? 'Wait for the beep…' : undefined}
        />
      )}
    </div>
  );
}
