import { PRINCIPLE_IDS, type PrincipleId } from '../../core/principles/principles';
import type { CallSummary } from './callSummary';

/** One point of a trend line: the call's position in time order and its score. */
export interface TrendPoint {
  /** 0-based position among the calls charted, oldest first. */
  index: number;
  score: number;
  recordId: string;
}

/** Score series over time: the overall score, and each principle where it applied. */
export interface TrendSeries {
  calls: number;
  overall: TrendPoint[];
  principles: Record<PrincipleId, TrendPoint[]>;
}

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

/** Trend series for the given calls (oldest first); a principle gets a point only where it applied. */
export function trendSeries(calls: readonly CallSummary[]): TrendSeries {
  const principles = Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, [] as TrendPoint[]])) as Record<PrincipleId, TrendPoint[]>;
  const overall: TrendPoint[] = [];
  calls.forEach((call, index) => {
    overall.push({ index, score: call.overall, recordId: call.id });
    for (const id of PRINCIPLE_IDS) {
      const score = call.scores[id];
      if (score !== undefined) principles[id].push({ index, score, recordId: call.id });
    }
  });
  return { calls: calls.length, overall, principles };
}

/** Averages points into at most `max` buckets so a long history still draws a readable line. */
export function downsample(points: readonly TrendPoint[], calls: number, max: number): TrendPoint[] {
  if (calls <= max) return [...points];
  const size = calls / max;
  const buckets = new Map<number, { sum: number; n: number; last: TrendPoint }>();
  for (const point of points) {
    const bucket = Math.floor(point.index / size);
    const entry = buckets.get(bucket) ?? { sum: 0, n: 0, last: point };
    entry.sum += point.score;
    entry.n += 1;
    entry.last = point;
    buckets.set(bucket, entry);
  }
  return [...buckets.entries()].map(([bucket, { sum, n, last }]) => ({
    index: Math.min(calls - 1, Math.round((bucket + 0.5) * size)),
    score: sum / n,
    recordId: last.recordId,
  }));
}
