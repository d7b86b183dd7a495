import { PRINCIPLE_IDS, type PrincipleId } from '../../core/principles';
import type { CallSummary } from './callSummary';

/** One point of a trend line: the call's position in time order and its score. */
export interface TrendPoint {
  /** 0-based position among the calls charted, oldest first. */
  index: number;
  score: number;
  /** The call the point links to: the call itself, or the latest of the calls averaged into it. */
  recordId: string;
  /** When that call ended (ISO). */
  endedAt: string;
  /** How many calls the point stands for (1 unless averaged). */
  calls: number;
  /** The scenario of the call the point links to. */
  scenarioTitle: string;
}

/**
 * A score line ready to draw: its points (one per call, or bucket averages once there are more calls than
 * the chart can show) and facts over every call on the line, for the latest score and the screen-reader text.
 */
export interface TrendLine {
  points: TrendPoint[];
  /** How many calls have a score on this line. */
  scored: number;
  first?: number;
  latest?: number;
  best?: number;
}

/** Score lines over time: the overall score, and each principle where it applied. */
export interface TrendSeries {
  calls: number;
  overall: TrendLine;
  principles: Record<PrincipleId, TrendLine>;
}

/** Most points per line: a chart a few hundred pixels wide cannot show more, and thousands of SVG points cost time. */
export interface TrendLimits {
  overall: number;
  principle: number;
}

/** The overall chart gets 120 points, each principle's sparkline 60. */
export const TREND_LIMITS: TrendLimits = { overall: 120, principle: 60 };

/** A scenario that appears in history, for the filter. */
export interface ScenarioOption {
  id: string;
  title: string;
  count: number;
}

/** Best overall score per scenario id, in one pass. */
export function bestScores(calls: readonly Pick<CallSummary, 'scenarioId' | 'overall'>[]): Record<string, number> {
  const best: Record<string, number> = {};
  for (const call of calls) {
    const current = best[call.scenarioId];
    if (current === undefined || call.overall > current) best[call.scenarioId] = call.overall;
  }
  return best;
}

/** The calls of one scenario, or all when no id is given; keeps the time order. */
export function callsForScenario<T extends { scenarioId: string }>(calls: readonly T[], scenarioId: string | undefined): readonly T[] {
  return scenarioId ? calls.filter((call) => call.scenarioId === scenarioId) : calls;
}

/** Scenarios present in history with their latest title and number of calls, by title. */
export function scenarioOptions(records: readonly Pick<CallSummary, 'scenarioId' | 'scenarioTitle'>[]): ScenarioOption[] {
  const options = new Map<string, ScenarioOption>();
  for (const record of records) {
    const option = options.get(record.scenarioId) ?? { id: record.scenarioId, title: record.scenarioId, count: 0 };
    option.count += 1;
    if (record.scenarioTitle) option.title = record.scenarioTitle;
    options.set(record.scenarioId, option);
  }
  return [...options.values()].sort((a, b) => a.title.localeCompare(b.title));
}

/** Collects one line in call order, averaging into at most `max` equal buckets of calls. */
function lineBuilder(calls: number, max: number) {
  const size = calls / max;
  const bucketed = calls > max;
  const line: TrendLine = { points: [], scored: 0 };
  let bucket = -1;
  let sum = 0;
  let n = 0;
  let lastId = '';
  let lastEnded = '';
  let lastTitle = '';
  const flush = () => {
    if (n > 0)
      line.points.push({
        index: Math.min(calls - 1, Math.round((bucket + 0.5) * size)),
        score: sum / n,
        recordId: lastId,
        endedAt: lastEnded,
        calls: n,
        scenarioTitle: lastTitle,
      });
  };
  return {
    add(index: number, score: number, recordId: string, endedAt: string, scenarioTitle: string): void {
      line.scored += 1;
      line.first ??= score;
      line.latest = score;
      if (line.best === undefined || score > line.best) line.best = score;
      if (!bucketed) {
        line.points.push({ index, score, recordId, endedAt, calls: 1, scenarioTitle });
        return;
      }
      const at = Math.floor(index / size);
      if (at !== bucket) {
        flush();
        bucket = at;
        sum = 0;
        n = 0;
      }
      sum += score;
      n += 1;
      lastId = recordId;
      lastEnded = endedAt;
      lastTitle = scenarioTitle;
    },
    done(): TrendLine {
      if (bucketed) flush();
      return line;
    },
  };
}

/** Trend lines for the given calls (oldest first), in one pass; a principle gets a point only where it applied. */
export function trendSeries(calls: readonly CallSummary[], limits: TrendLimits = TREND_LIMITS): TrendSeries {
  const overall = lineBuilder(calls.length, limits.overall);
  const lines = PRINCIPLE_IDS.map(() => lineBuilder(calls.length, limits.principle));
  for (let index = 0; index < calls.length; index++) {
    const call = calls[index]!;
    const title = call.scenarioTitle || call.scenarioId;
    overall.add(index, call.overall, call.id, call.endedAt, title);
    for (let p = 0; p < PRINCIPLE_IDS.length; p++) {
      const score = call.scores[PRINCIPLE_IDS[p]!];
      if (score !== undefined) lines[p]!.add(index, score, call.id, call.endedAt, title);
    }
  }
  const principles = {} as Record<PrincipleId, TrendLine>;
  PRINCIPLE_IDS.forEach((id, p) => (principles[id] = lines[p]!.done()));
  return { calls: calls.length, overall: overall.done(), principles };
}
