import type { Scenario, SeriesCall } from '../../core/scenario';

/** Where a call id sits in its series: the series scenario, the call, its index, and how many calls there are. */
export interface SeriesPosition {
  series: Scenario;
  call: SeriesCall;
  index: number;
  total: number;
}

/** The series position of a call id ("lease-series/promised-call"), if the id is a call of one of these scenarios. */
export function seriesPosition(scenarios: readonly Scenario[], callId: string): SeriesPosition | undefined {
  const slash = callId.indexOf('/');
  if (slash < 0) return undefined;
  const series = scenarios.find((s) => s.id === callId.slice(0, slash) && s.series);
  const calls = series?.series?.calls ?? [];
  const index = calls.findIndex((call) => call.id === callId.slice(slash + 1));
  return series && index >= 0 ? { series, call: calls[index]!, index, total: calls.length } : undefined;
}

/** The briefing address of a series' call. */
export function seriesCallHref(series: Scenario, index: number): string {
  const call = series.series?.calls[index];
  return `#/briefing/${encodeURIComponent(call ? `${series.id}/${call.id}` : series.id)}`;
}
