import { useEffect } from 'react';
import { useSpeechRecognition } from './useSpeechRecognition';
import './voice.css';

/** Props of the microphone toggle. */
export interface MicButtonProps {
  /** The recognised line; pass it to the same send path as typed text. */
  onText(text: string): void;
  /** Not the trainee's turn: the button is disabled and any listening stops. */
  disabled?: boolean;
  /** Called as listening starts (e.g. to silence the customer's voice). */
  onListenStart?(): void;
  lang?: string;
}

function MicIcon() {
  return (
    <svg className="voice-mic-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <rect x="9" y="3" width="6" height="11" rx="3" fill="currentColor" />
      <path d="M6 11a6 6 0 0 0 12 0M12 17v4M8.5 21h7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/** Push-to-talk microphone; renders nothing where speech recognition is unsupported. */
export function MicButton({ onText, disabled = false, onListenStart, lang }: MicButtonProps) {
  const input = useSpeechRecognition(onText, lang);
  const { listening, stop } = input;

  useEffect(() => {
    if (disabled && listening) stop();
  }, [disabled, listening, stop]);

  if (!input.available) {
    return input.problem ? (
      <p className="voice-problem" role="status">
        {input.problem}
      </p>
    ) : null;
  }
  const toggle = () => {
    if (listening) return stop();
    onListenStart?.();
    input.start();
  };
  return (
    <div className="voice-mic">
      <button
        type="button"
        className={`button voice-mic-button${listening ? ' is-listening' : ''}`}
        aria-pressed={listening}
        aria-label={listening ? 'Stop listening' : 'Speak your line'}
        disabled={disabled && !listening}
        onClick={toggle}
      >
        <MicIcon />
        <span className="voice-mic-text">{listening ? 'Listening…' : 'Speak'}</span>
      </button>
      <p className="voice-heard" aria-live="polite">
        {listening && input.interim ? `Heard: ${input.interim}` : ''}
        {!listening && input.problem ? input.problem : ''}
      </p>
    </div>
  );
}
