import { useEffect, useRef } from 'react';
import type { CandidateLine } from '../../core/persona';

interface Props {
  lines: readonly CandidateLine[];
  canSend: boolean;
  heading: string;
  onPick(line: CandidateLine): void;
}

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** Guided mode: three candidate lines of different quality; click one or press 1, 2 or 3. */
export function GuidedChoices({ lines, canSend, heading, onPick }: Props) {
  const list = useRef<HTMLOListElement>(null);
  const key = lines.map((line) => line.text).join('|');

  // When new lines appear and focus was lost (the chosen button was disabled), start keyboard users at the first line.
  useEffect(() => {
    if (!canSend) return;
    const active = document.activeElement;
    if (!active || active === document.body) list.current?.querySelector('button')?.focus({ preventScroll: true });
  }, [key, canSend]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!canSend || event.altKey || event.ctrlKey || event.metaKey || typingInField(event.target)) return;
      const index = ['1', '2', '3'].indexOf(event.key);
      const line = lines[index];
      if (line !== undefined) {
        event.preventDefault();
        onPick(line);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lines, canSend, onPick]);

  return (
    <div className="guided" role="group" aria-labelledby="guided-heading">
      <p id="guided-heading" className="guided-heading">
        {heading} <span className="muted guided-keys">(press 1, 2 or 3)</span>
      </p>
      <ol className="guided-lines" ref={list}>
        {lines.map((line, i) => (
          <li key={`${key}-${i}`}>
            <button type="button" className="guided-line" disabled={!canSend} onClick={() => onPick(line)}>
              <span className="guided-number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="guided-text">{line.text}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
