import { m } from 'framer-motion';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Turn } from '../../core';
import type { Scenario } from '../../core/scenario';
import type { GuidedQuality } from './callState';
import { speakerName } from '../shared/labels';

interface Props {
  turns: readonly Turn[];
  customerName: string;
  /** The scenario, so the assistant's lines carry her name. */
  scenario?: Scenario;
  /** Who speaks next on the customer's side, for the speaking indicator; the customer when absent. */
  speakingName?: string;
  /** The customer is about to speak: show the speaking indicator (with streamed text, if any). */
  speaking: boolean;
  streamingText?: string;
  /** Turns present when the screen opened are shown without the entrance animation. */
  liveFrom: number;
  voicemail: boolean;
  /** Quality of guided picks by turn index, revealed on the bubble after the pick. */
  guidedPicks?: Record<number, GuidedQuality>;
  children?: React.ReactNode;
}

const QUALITY_LABEL: Record<GuidedQuality, string> = { strong: 'Strong line', weak: 'Weak line', poor: 'Poor line' };

function Bubble({
  turn,
  customerName,
  scenario,
  live,
  isNewest,
  quality,
}: {
  turn: Turn;
  customerName: string;
  scenario?: Scenario;
  live: boolean;
  isNewest: boolean;
  quality?: GuidedQuality;
}) {
  const ref = useRef<HTMLLIElement>(null);
  const customer = turn.speaker === 'customer';
  // For the bench: the first frame after a new reply's bubble is in the DOM.
  useLayoutEffect(() => {
    if (!live || !customer || !isNewest) return;
    requestAnimationFrame(() => performance.mark?.('dialed-in:reply-painted'));
  }, [live, customer, isNewest]);
  return (
    <m.li
      ref={ref}
      className={`bubble-row bubble-row-${turn.speaker}`}
      initial={live ? { opacity: 0, y: 10, scale: 0.98 } : false}
      animate={{ opacity: 1, y: 0, scale: 1 }}
      transition={{ duration: 0.22, ease: 'easeOut' }}
    >
      <div className={`bubble bubble-${turn.speaker}${turn.party === 'gatekeeper' ? ' bubble-gatekeeper' : ''}${turn.partial ? ' bubble-partial' : ''}`}>
        <span className="bubble-speaker">{speakerName(turn, customerName, scenario)}</span>
        <span className="visually-hidden">: </span>
        <p className="bubble-text">{turn.text}</p>
        {turn.partial && <span className="bubble-flag">Cut off mid-reply</span>}
        {turn.cut && <span className="bubble-flag">Shortened: very long line</span>}
        {quality && <span className={`quality-tag quality-${quality}`}>{QUALITY_LABEL[quality]}</span>}
      </div>
    </m.li>
  );
}

/** The conversation so far, newest at the bottom, announced politely to screen readers. */
export function TranscriptLog({ turns, customerName, scenario, speakingName, speaking, streamingText, liveFrom, voicemail, guidedPicks, children }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTo?.({ top: el.scrollHeight, behavior: 'smooth' });
  }, [turns.length, speaking, streamingText]);
  // When the log or the space for it changes size (a bubble grows, the composer below changes), the latest line stays in view.
  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let pinned = true;
    let height = el.clientHeight;
    const onScroll = () => {
      // A scroll that comes with a size change (the browser shifting the view as the composer grows, say when
      // switching to guided lines) is not the trainee scrolling up: the resize below decides.
      if (el.clientHeight !== height) return;
      pinned = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
    };
    const observer = new ResizeObserver(() => {
      height = el.clientHeight;
      if (pinned) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', onScroll);
    };
  }, []);
  const name = speakingName ?? speakerName({ speaker: 'customer' }, customerName);
  return (
    <div className="transcript-scroller" ref={scroller}>
      <ol className="transcript" role="log" aria-live="polite" aria-label="Conversation">
        {turns.map((turn, i) => (
          <Bubble
            key={i}
            turn={turn}
            customerName={customerName}
            scenario={scenario}
            live={i >= liveFrom}
            isNewest={i === turns.length - 1}
            quality={guidedPicks?.[i]}
          />
        ))}
        {speaking && (
          <li className="bubble-row bubble-row-customer" aria-live="off">
            {streamingText ? (
              <div className="bubble bubble-customer bubble-streaming">
                <span className="bubble-speaker">{name}</span>
                <p className="bubble-text">{streamingText}</p>
              </div>
            ) : (
              <div className="bubble bubble-customer bubble-typing">
                <span className="visually-hidden">{voicemail ? 'Recording' : `${name} is speaking`}</span>
                <span className="typing-dots" aria-hidden="true">
                  <span />
                  <span />
                  <span />
                </span>
              </div>
            )}
          </li>
        )}
      </ol>
      {children}
    </div>
  );
}
