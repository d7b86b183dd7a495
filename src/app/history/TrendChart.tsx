import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import type { TrendLine, TrendPoint } from './historySelectors';

/** Props of a score-over-time chart. */
export interface TrendChartProps {
  /** The line, already bounded to what the chart can show (see trendSeries). */
  line: TrendLine;
  /** How many calls the x axis spans (points may skip calls where a principle did not apply). */
  calls: number;
  /** What is charted, for the accessible name ("Overall score"). */
  label: string;
  /** Small: a sparkline with no axes. */
  compact?: boolean;
}

const MEDAL_LINES = [
  { score: 90, name: 'gold' },
  { score: 75, name: 'silver' },
  { score: 50, name: 'bronze' },
] as const;

/** One sentence describing the line, for screen readers (the chart itself is a picture). */
export function describeTrend(label: string, line: TrendLine): string {
  const { scored, first, latest, best } = line;
  if (scored === 0 || first === undefined || latest === undefined || best === undefined) return `${label}: no scores yet.`;
  if (scored === 1) return `${label}: one call, scored ${Math.round(latest)}.`;
  return `${label} over ${scored} calls: first ${Math.round(first)}, latest ${Math.round(latest)}, best ${Math.round(best)}.`;
}

const pointDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** A point's date and score in a few words: "4 Dec, 14:05 · 72", or the average for a bucket of calls. */
export function describePoint(point: TrendPoint): string {
  const date = new Date(point.endedAt);
  const when = point.endedAt && !Number.isNaN(date.getTime()) ? pointDate.format(date) : 'Unknown date';
  const score = Math.round(point.score);
  return point.calls > 1 ? `${point.calls} calls to ${when} · average ${score}` : `${when} · scored ${score}`;
}

type Side = 'start' | 'middle' | 'end';

const callHref = (point: TrendPoint) => `#/results/${encodeURIComponent(point.recordId)}`;
const samePoint = (a: TrendPoint | undefined, b: TrendPoint) => a !== undefined && a.index === b.index && a.recordId === b.recordId;

/** Which way a label leans so it stays inside the chart: from the left edge, centred, or from the right edge. */
function sideOf(x: number, width: number): Side {
  return x / width < 0.2 ? 'start' : x / width > 0.8 ? 'end' : 'middle';
}

/** The date and score above a point, in page text (readable however small the chart is drawn), kept inside the chart. */
function PointLabel({ x, y, text, width, height }: { x: number; y: number; text: string; width: number; height: number }) {
  return (
    <span
      className={`hist-chart-tip hist-chart-tip-${sideOf(x, width)}`}
      style={{ left: `${(x / width) * 100}%`, top: `${(y / height) * 100}%` }}
      aria-hidden="true"
      data-testid="chart-tip"
    >
      {text}
    </span>
  );
}

/** A tapped point's date, score and scenario, with a link big enough to tap that opens its call. */
function PointCard({ point, x, y, width, height }: { point: TrendPoint; x: number; y: number; width: number; height: number }) {
  const across = (x / width) * 100;
  // A point high on the chart gets its card below it; sliding the card by the point's share of the width keeps it inside.
  const below = y / height < 0.45;
  return (
    <div
      className="hist-chart-card"
      style={{ left: `${across}%`, top: `${(y / height) * 100}%`, transform: `translate(-${across}%, ${below ? '12px' : 'calc(-100% - 12px)'})` }}
      role="group"
      aria-label="Selected call"
      data-testid="chart-card"
    >
      <p className="hist-chart-card-when">{describePoint(point)}</p>
      <p className="hist-chart-card-scenario">{point.calls > 1 ? `Latest: ${point.scenarioTitle}` : point.scenarioTitle}</p>
      <a className="button button-primary hist-chart-open" href={callHref(point)}>
        Open call
      </a>
    </div>
  );
}

/** A tap (a finger, or any pointer on a screen that cannot hover) selects a point first instead of opening its call. */
function selectsFirst(pointerType: string | null): boolean {
  if (pointerType === null) return false;
  if (pointerType === 'touch') return true;
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(hover: none)').matches;
}

/**
 * A score line over time, drawn as plain SVG; on the full chart each point shows its date and score and opens its call. A tap
 * selects a point first and shows its card (date, score, scenario, Open call); a second tap, or the card's link, opens the call.
 */
export function TrendChart({ line, calls, label, compact = false }: TrendChartProps) {
  const titleId = useId();
  const width = compact ? 220 : 640;
  const height = compact ? 64 : 220;
  const pad = compact ? { left: 4, right: 4, top: 6, bottom: 6 } : { left: 36, right: 56, top: 14, bottom: 28 };
  const shown = line.points;
  const span = Math.max(1, calls - 1);
  const x = (index: number) => pad.left + (calls <= 1 ? (width - pad.left - pad.right) / 2 : (index / span) * (width - pad.left - pad.right));
  const y = (score: number) => pad.top + (1 - Math.min(100, Math.max(0, score)) / 100) * (height - pad.top - pad.bottom);
  const path = shown.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.index).toFixed(1)},${y(p.score).toFixed(1)}`).join('');
  const area = shown.length > 1 ? `${path}L${x(shown[shown.length - 1]!.index).toFixed(1)},${y(0)}L${x(shown[0]!.index).toFixed(1)},${y(0)}Z` : '';
  const dots = shown.length <= (compact ? 24 : 60);
  const last = shown[shown.length - 1];
  const [active, setActive] = useState<TrendPoint>();
  const [selected, setSelected] = useState<TrendPoint>();
  // How the pointer that is about to click pressed; null for a key (Enter opens the call at once).
  const pressedWith = useRef<string | null>(null);
  const linked = !compact && dots;

  useEffect(() => {
    if (!selected) return;
    const dismiss = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('.hist-chart-point, .hist-chart-card')) return;
      setSelected(undefined);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setSelected(undefined);
    };
    document.addEventListener('pointerdown', dismiss);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', dismiss);
      document.removeEventListener('keydown', escape);
    };
  }, [selected]);

  const onPointClick = (event: MouseEvent, point: TrendPoint) => {
    const pointer = pressedWith.current;
    pressedWith.current = null;
    // The second tap on the selected point follows its link.
    if (!selectsFirst(pointer) || samePoint(selected, point)) return;
    event.preventDefault();
    setSelected(point);
  };

  const card = linked ? shown.find((p) => samePoint(selected, p)) : undefined;
  const tipped = linked && !card ? (active ?? last) : undefined;
  return (
    <div className="hist-chart-wrap">
      <svg
        className={compact ? 'hist-chart hist-chart-compact' : 'hist-chart'}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={titleId}>{describeTrend(label, line)}</title>
        {!compact &&
          [0, 25, 50, 75, 100].map((tick) => (
            <g key={tick} className="hist-chart-grid">
              <line x1={pad.left} x2={width - pad.right} y1={y(tick)} y2={y(tick)} />
              <text x={pad.left - 8} y={y(tick) + 4} textAnchor="end">
                {tick}
              </text>
            </g>
          ))}
        {!compact &&
          MEDAL_LINES.map((medal) => (
            <g key={medal.name} className={`hist-chart-medal hist-chart-medal-${medal.name}`}>
              <line x1={pad.left} x2={width - pad.right} y1={y(medal.score)} y2={y(medal.score)} />
              <text x={width - pad.right + 6} y={y(medal.score) + 3.5} textAnchor="start">
                {medal.name}
              </text>
            </g>
          ))}
        {compact && <line className="hist-chart-base" x1={pad.left} x2={width - pad.right} y1={y(50)} y2={y(50)} />}
        {area && <path className="hist-chart-area" d={area} />}
        {shown.length > 1 && <path className="hist-chart-line" d={path} />}
        {(dots || shown.length === 1) &&
          !linked &&
          shown.map((p) => <circle key={p.index} className="hist-chart-dot" cx={x(p.index)} cy={y(p.score)} r={compact ? 2.5 : 4} />)}
        {linked &&
          shown.map((p) => (
            <a
              key={p.index}
              className={samePoint(card, p) ? 'hist-chart-point hist-chart-point-selected' : 'hist-chart-point'}
              href={callHref(p)}
              aria-label={`${p.scenarioTitle}, ${describePoint(p)}: open this call`}
              data-record={p.recordId}
              onPointerDown={(event) => (pressedWith.current = event.pointerType)}
              onClick={(event) => onPointClick(event, p)}
              onMouseEnter={() => setActive(p)}
              onMouseLeave={() => setActive(undefined)}
              onFocus={() => setActive(p)}
              onBlur={() => setActive(undefined)}
            >
              <title>{describePoint(p)}</title>
              <circle className="hist-chart-hit" cx={x(p.index)} cy={y(p.score)} r={14} />
              <circle className="hist-chart-dot" cx={x(p.index)} cy={y(p.score)} r={active === p || samePoint(card, p) ? 6 : 4} />
            </a>
          ))}

        {!dots && last && <circle className="hist-chart-dot" cx={x(last.index)} cy={y(last.score)} r={compact ? 2.5 : 4} />}
        {!compact && (
          <g className="hist-chart-axis">
            <text x={pad.left} y={height - 8} textAnchor="start">
              {calls > 1 ? 'call 1' : ''}
            </text>
            <text x={width - pad.right} y={height - 8} textAnchor="end">
              {calls > 1 ? `call ${calls}` : ''}
            </text>
          </g>
        )}
      </svg>
      {/* The latest point keeps its label, so a touch screen, with no hover, still reads a date and a score. */}
      {tipped && <PointLabel x={x(tipped.index)} y={y(tipped.score)} text={describePoint(tipped)} width={width} height={height} />}
      {card && <PointCard point={card} x={x(card.index)} y={y(card.score)} width={width} height={height} />}
    </div>
  );
}
