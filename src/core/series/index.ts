// The public face of src/core/series: what a finished call of a series leaves for the next, and the next call played from it.
export type { CallMemory, CustomerWord, FollowThrough, OpenItem, PromiseStatus, RepPromise } from './callMemory';
export { playedSeriesCall, TRUST_MOVES } from './playedSeriesCall';
export { rememberCall } from './rememberCall';
export type { CallLabel } from './rememberCall';
export { FOLLOW_THROUGH_SCORES, scoreSeries } from './scoreSeries';
export type { SeriesCallPlayed, SeriesEvidence, SeriesMistake, SeriesPrincipleId, SeriesPrincipleResult, SeriesReport } from './scoreSeries';
export { rememberSeriesCall } from './rememberSeriesCall';
export { seriesCallIndex, seriesRuns } from './seriesRuns';
export type { SavedSeriesCall, SeriesRun } from './seriesRuns';
