import { useRef, useState, type KeyboardEvent } from 'react';
import { MAX_TURN_CHARS } from '../../core';
import { Icon } from '../shared/Icon';

interface Props {
  /** The customer is listening: a line can be sent now. */
  canSend: boolean;
  label: string;
  placeholder: string;
  sendLabel: string;
  onSend(text: string): void;
  /** Said when the trainee tries to send before they can (a voicemail before the beep). */
  waitHint?: string;
}

/** Typing what you say: Enter sends, Shift+Enter starts a new line. Typing ahead while the customer speaks is allowed. */
export function FreeTextComposer({ canSend, label, placeholder, sendLabel, onSend, waitHint }: Props) {
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  const empty = text.trim() === '';

  function send() {
    if (!canSend && !empty) setTried(true);
    if (!canSend || empty) return;
    onSend(text);
    setText('');
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  }

  return (
    <div className="free-composer">
      <label htmlFor="rep-line" className="visually-hidden">
        {label}
      </label>
      <textarea
        id="rep-line"
        ref={input}
        rows={2}
        value={text}
        maxLength={MAX_TURN_CHARS * 2}
        placeholder={placeholder}
        autoFocus
        enterKeyHint="send"
        aria-describedby="rep-line-hint"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" className="button button-primary send-button" onClick={send} disabled={!canSend || empty} aria-label={sendLabel}>
        <Icon name="send" size={18} />
      </button>
      {tried && !canSend && waitHint ? (
        <p id="rep-line-hint" className="composer-hint composer-wait" role="status">
          {waitHint}
        </p>
      ) : (
        // Hidden on touch screens (call.css): a phone keyboard has its own send key.
        <p id="rep-line-hint" className="composer-hint composer-keys">
          <kbd>Enter</kbd> sends · <kbd>Shift</kbd>+<kbd>Enter</kbd> new line
        </p>
      )}
    </div>
  );
}
