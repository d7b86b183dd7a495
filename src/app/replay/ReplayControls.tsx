import { useEffect, useRef } from 'react';
import type { Replay } from '../../core/replay';
import { Icon } from '../shared/Icon';
import { describeMistakePosition, moveReplay, type ReplayCommand } from './replayPosition';

interface Props {
  replay: Replay;
  current: number;
  playing: boolean;
  onMove(command: ReplayCommand): void;
  onSeek(turn: number): void;
  onTogglePlay(): void;
}

/** Step buttons, play/pause, and a timeline with a marker on every turn (red where a mistake is pinned). */
export function ReplayControls({ replay, current, playing, onMove, onSeek, onTogglePlay }: Props) {
  const total = replay.steps.length;
  const timeline = useRef<HTMLOListElement>(null);
  // One Tab stop for the whole timeline, on the current turn; while it has focus, focus follows the arrow keys.
  useEffect(() => {
    if (!timeline.current?.contains(document.activeElement)) return;
    timeline.current.querySelector<HTMLButtonElement>('[aria-current="step"]')?.focus();
  }, [current]);
  const mistakesHere = describeMistakePosition(replay, current);
  const can = (command: ReplayCommand) => moveReplay(replay, current, command) !== current;
  return (
    <div className="replay-controls card" role="toolbar" aria-label="Replay controls">
      <div className="replay-buttons">
        <button
          type="button"
          className="button button-small"
          onClick={() => onMove('previous-mistake')}
          disabled={!can('previous-mistake')}
          aria-label="Previous mistake"
          aria-keyshortcuts="ArrowUp"
        >
          <Icon name="chevron-left" size={16} /> <span className="replay-label-long">Previous mistake</span>
          <span className="replay-label-short">Mistake</span>
        </button>
        <button
          type="button"
          className="button button-small icon-button"
          onClick={() => onMove('previous-turn')}
          disabled={!can('previous-turn')}
          aria-label="Previous line"
          aria-keyshortcuts="ArrowLeft"
        >
          <Icon name="arrow-left" size={18} />
        </button>
        <button
          type="button"
          className="button button-primary play-button"
          onClick={onTogglePlay}
          aria-label={playing ? 'Pause' : 'Play'}
          aria-keyshortcuts="Space"
        >
          <Icon name={playing ? 'pause' : 'play'} size={18} />
        </button>
        <button
          type="button"
          className="button button-small icon-button"
          onClick={() => onMove('next-turn')}
          disabled={!can('next-turn')}
          aria-label="Next line"
          aria-keyshortcuts="ArrowRight"
        >
          <Icon name="arrow-right" size={18} />
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => onMove('next-mistake')}
          disabled={!can('next-mistake')}
          aria-label="Next mistake"
          aria-keyshortcuts="ArrowDown"
        >
          <span className="replay-label-long">Next mistake</span>
          <span className="replay-label-short">Mistake</span> <Icon name="chevron-right" size={16} />
        </button>
      </div>
      <p className="replay-position" aria-live="polite" data-testid="replay-position">
        Line {current + 1} of {total}
        {mistakesHere && ` · ${mistakesHere}`}
      </p>
      <ol className="timeline" aria-label="Lines" ref={timeline}>
        {replay.steps.map((step) => {
          const mistake = step.mistakes.length > 0;
          return (
            <li key={step.turn}>
              <button
                type="button"
                className={`timeline-dot timeline-${step.speaker}${mistake ? ' timeline-mistake' : ''}${step.turn === current ? ' timeline-current' : ''}${step.turn < current ? ' timeline-past' : ''}`}
                aria-label={`Line ${step.turn + 1}, ${step.speaker === 'rep' ? 'you' : 'customer'}${mistake ? ', mistake' : ''}`}
                aria-current={step.turn === current ? 'step' : undefined}
                onClick={() => onSeek(step.turn)}
                tabIndex={step.turn === current ? 0 : -1}
              />
            </li>
          );
        })}
      </ol>
      <p className="replay-keys muted">
        <kbd>←</kbd> <kbd>→</kbd> line · <kbd>↑</kbd> <kbd>↓</kbd> mistake · <kbd>Space</kbd> play or pause
      </p>
    </div>
  );
}
