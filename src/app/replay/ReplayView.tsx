import './replay.css';
import { AnimatePresence, m } from 'framer-motion';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { buildReplay } from '../../core/replay';
import { explainPoints, type Report } from '../../core/scoring';
import type { Transcript } from '../../core';
import { scenarioById } from '../scenarios/scenarioCatalog';
import { Icon } from '../shared/Icon';
import { firstName, speakerName } from '../shared/labels';
import { ScreenHeading } from '../shared/ScreenHeading';
import { goodMovesByTurn, lostPointsByTurn, partialMovesByTurn } from './goodMovesByTurn';
import { keepStepInView } from './keepStepInView';
import { rememberReplayLine, savedReplayLine } from './replayPlace';
import { MistakeCard } from './MistakeCard';
import { RetryFromHere } from './RetryFromHere';
import { useReducedMotion } from '../settings/useReducedMotion';
import { ReplayControls } from './ReplayControls';
import { commandForKey, describeMistakeTotals, moveReplay, type ReplayCommand } from './replayPosition';

/** How long auto-play shows each turn. */
const STEP_MS = 1700;
/** How long after a step the view follows the layout as it settles (a line leaving, commentary fading in). */
const SETTLE_MS = 800;

function typingInField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** What to replay. */
export interface ReplayViewProps {
  transcript: Transcript;
  report: Report;
  title?: string;
  /** Someone else's call (team results): the goal is "their goal". */
  theirs?: boolean;
  /** Takes the call back to a rep line (a turn index) to say something else; resolves to why not, if it cannot. */
  onRetry?(turn: number): Promise<string | undefined>;
  /** Why this call cannot be taken back to a line, shown on the rep's lines instead of the retry button. */
  retryUnavailable?: string;
  /** Coaching notes pinned to lines (team mode), shown with the line's commentary. */
  notes?: readonly { id: string; turn: number; text: string; authorName: string }[];
  /** More for the commentary panel of a line, such as a form to pin a note to it (team mode). */
  lineExtra?: (turn: number) => ReactNode;
  /** Names the replay so Back or Forward to it returns to the line it was left on (the saved call's id). */
  placeKey?: string;
}

/** A call turn by turn, with each mistake pinned to its turn and a better line to try; reusable outside history (team results). */
export function ReplayView({ transcript, report, title, theirs, onRetry, retryUnavailable, notes, lineExtra, placeKey }: ReplayViewProps) {
  const replay = useMemo(() => buildReplay(transcript, report), [transcript, report]);
  // Why each clean line still cost points; without its scenario (a deleted custom one) only which principle it cost.
  const partial = useMemo(() => {
    const known = scenarioById(transcript.scenarioId);
    return known ? lostPointsByTurn(explainPoints(known, transcript, report), report, transcript) : partialMovesByTurn(report, transcript);
  }, [report, transcript]);
  // A principle that cost points on a line is not also listed as what worked there.
  const goodMoves = useMemo(() => {
    const good = goodMovesByTurn(report, transcript);
    for (const [turn, titles] of good) {
      const kept = titles.filter((title) => !partial.get(turn)?.some((p) => p.title === title));
      if (kept.length > 0) good.set(turn, kept);
      else good.delete(turn);
    }
    return good;
  }, [report, transcript, partial]);
  const [current, setCurrent] = useState(() => savedReplayLine(placeKey, replay.steps.length));
  const [playing, setPlaying] = useState(false);
  const coach = useRef<HTMLElement>(null);
  const layout = useRef<HTMLDivElement>(null);
  const reduced = useReducedMotion();
  const stepped = useRef(false);

  const move = useCallback(
    (command: ReplayCommand) => {
      setPlaying(false);
      setCurrent((turn) => moveReplay(replay, turn, command));
    },
    [replay],
  );

  const togglePlay = useCallback(() => {
    // Playing from the last turn starts over.
    if (!playing && current >= replay.steps.length - 1) setCurrent(0);
    setPlaying(!playing);
  }, [replay, current, playing]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typingInField(event.target)) return;
      const command = commandForKey(event.key);
      if (!command) return;
      event.preventDefault();
      if (command === 'toggle-play') togglePlay();
      else move(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move, togglePlay]);

  useEffect(() => rememberReplayLine(placeKey, current), [placeKey, current]);

  // Auto-play advances one turn at a time and stops on a mistake so the commentary can be read.
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const next = moveReplay(replay, current, 'next-turn');
      setCurrent(next);
      if (next === current || (replay.steps[next]?.mistakes.length ?? 0) > 0) setPlaying(false);
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, current, replay]);

  // After every step the line and its commentary are brought into view together (the first render keeps its place).
  useEffect(() => {
    if (!stepped.current) {
      stepped.current = true;
      return;
    }
    // Found by its turn: a motion element's ref is set when it mounts, not when it becomes the current line.
    const keep = () => {
      const row = layout.current?.querySelector<HTMLElement>(`.replay-turn[data-turn="${current}"]`);
      if (row) keepStepInView(row, coach.current, !reduced);
    };
    const frame = requestAnimationFrame(keep);
    // A line leaving and a commentary arriving change the layout after the step: follow them for a moment.
    const observer = typeof ResizeObserver === 'undefined' || !layout.current ? undefined : new ResizeObserver(keep);
    if (observer && layout.current) {
      observer.observe(layout.current);
      if (coach.current) observer.observe(coach.current);
    }
    const settle = setTimeout(() => observer?.disconnect(), SETTLE_MS);
    return () => {
      cancelAnimationFrame(frame);
      observer?.disconnect();
      clearTimeout(settle);
    };
  }, [current, reduced]);

  const scenario = scenarioById(transcript.scenarioId);
  const customer = firstName(scenario?.persona.name ?? 'Customer');
  const step = replay.steps[current];
  const shown = replay.steps.slice(0, current + 1);

  return (
    <>
      <header className="screen-header">
        <p className="eyebrow">Replay</p>
        <ScreenHeading id="replay-title">{title || scenario?.title || transcript.scenarioId}</ScreenHeading>
        <p className="lede">
          Score {Math.round(report.overall)} · {describeMistakeTotals(replay)}
          {transcript.goal ? ` · ${theirs ? 'their' : 'your'} goal: “${transcript.goal}”` : ''}
        </p>
      </header>

      <ReplayControls
        replay={replay}
        current={current}
        playing={playing}
        onMove={move}
        onSeek={(turn) => {
          setPlaying(false);
          setCurrent(turn);
        }}
        onTogglePlay={togglePlay}
      />

      {replay.steps.length === 0 ? (
        <p className="muted">This call has no turns to replay.</p>
      ) : (
        <div className="replay-layout" ref={layout}>
          <ol className="replay-transcript" aria-label="The call up to this line">
            <AnimatePresence initial={false}>
              {shown.map((s) => {
                const isCurrent = s.turn === current;
                const hasMistake = s.mistakes.length > 0;
                return (
                  <m.li
                    key={s.turn}
                    className={`replay-turn replay-turn-${s.speaker}${s.party === 'gatekeeper' ? ' replay-turn-gatekeeper' : ''}${isCurrent ? ' replay-turn-current' : ''}${hasMistake ? ' replay-turn-mistake' : ''}`}
                    aria-current={isCurrent ? 'step' : undefined}
                    data-turn={s.turn}
                    layout="position"
                    initial={{ opacity: 0, y: 14 }}
                    animate={{ opacity: isCurrent ? 1 : 0.62, y: 0 }}
                    exit={{ opacity: 0, y: 8 }}
                    transition={{ duration: 0.25 }}
                  >
                    {/* Clicking an earlier turn jumps to it; keyboard users step with the arrows or the timeline. */}
                    <div
                      className="replay-bubble"
                      onClick={() => {
                        setPlaying(false);
                        setCurrent(s.turn);
                      }}
                    >
                      <span className="bubble-speaker">
                        {speakerName(s, customer, scenario)} · line {s.turn + 1}
                      </span>
                      <span className="replay-text">{s.text}</span>
                      {hasMistake && <span className="replay-flag">{s.mistakes.map((mk) => mk.principleTitle).join(' · ')}</span>}
                      {notes?.some((n) => n.turn === s.turn) && <span className="replay-flag replay-flag-note">Coaching note</span>}
                    </div>
                  </m.li>
                );
              })}
            </AnimatePresence>
          </ol>
          <aside className="coach" aria-label="Commentary for this line" aria-live="polite" ref={coach}>
            {/*
              Keyed so each turn's commentary fades in, but with no exit animation: AnimatePresence mode="wait" can
              leave an old turn on screen when the turns change quickly (framer-motion #3803), and a panel that
              simply replaces the last one cannot. Reduced motion is calmed by MotionConfig as everywhere else.
            */}
            <m.div
              key={current}
              initial={{ opacity: 0, x: 12 }}
              animate={{ opacity: 1, x: 0 }}
              transition={{ duration: 0.2 }}
              className="coach-inner"
              data-turn={current}
            >
              <h2 className="coach-title">
                Line {current + 1} · {step?.speaker === 'rep' ? 'you' : speakerName(step ?? { speaker: 'customer' }, customer, scenario)}
              </h2>
              {/* First, so it is in view beside the line however long the commentary below it runs. */}
              {step?.speaker === 'rep' && onRetry && <RetryFromHere turn={current} customer={customer} onRetry={onRetry} />}
              {step?.speaker === 'rep' && !onRetry && retryUnavailable && <p className="coach-retry-hint">{retryUnavailable}</p>}
              {lineExtra?.(current)}
              {notes
                ?.filter((n) => n.turn === current)
                .map((n) => (
                  <div key={n.id} className="coach-note" data-testid="coaching-note">
                    <p className="coach-note-title">Coaching note from {n.authorName}</p>
                    <p className="coach-note-text">{n.text}</p>
                  </div>
                ))}
              {step && step.mistakes.map((mistake, i) => <MistakeCard key={i} mistake={mistake} />)}
              {(goodMoves.get(current)?.length ?? 0) > 0 && (
                <div className="coach-good">
                  <p className="coach-good-title">What worked here</p>
                  <ul>
                    {goodMoves.get(current)!.map((title) => (
                      <li key={title}>
                        <Icon name="check" size={16} /> {title}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {step && step.mistakes.length === 0 && (partial.get(current)?.length ?? 0) > 0 && (
                <div className="coach-ok">
                  <p>No single mistake is pinned here, but this line cost points:</p>
                  <ul className="coach-lost" data-testid="lost-points">
                    {partial.get(current)!.map((p) => (
                      <li key={p.title}>
                        <strong>{p.title}</strong> ({p.score} of 100){p.reason ? `: ${p.reason}` : '.'}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              {step && step.mistakes.length === 0 && !goodMoves.has(current) && !partial.has(current) && (
                <div className="coach-ok">
                  <p>
                    {step.speaker === 'rep'
                      ? 'No mistake is pinned to this line.'
                      : step.turn === 0
                        ? transcript.channel === 'voicemail'
                          ? 'The voicemail greeting. After the beep: who you are, why you are calling, and when you will try again.'
                          : `${speakerName(step, customer, scenario)} picks up. Your first line sets the tone: who you are and why you are calling.`
                        : `${speakerName(step, customer, scenario)} speaks. Listen for what matters to them.`}
                  </p>
                </div>
              )}
              {step && step.mistakes.length === 0 && moveReplay(replay, current, 'next-mistake') !== current && (
                <button type="button" className="button button-small coach-jump" onClick={() => move('next-mistake')}>
                  Jump to the next mistake
                </button>
              )}
            </m.div>
          </aside>
        </div>
      )}
    </>
  );
}
