import type { CallRecord } from '../../core/history';
import type { SeriesRun } from '../../core/series';
import type { Transcript } from '../../core';
import { useHistoryStore } from '../history/historyStore';
import { useSeriesStore } from './seriesStore';

/**
 * The transcripts of the calls before `record` in its series run, oldest first: what the call was played after, so a
 * team server can score it the same way. The run that holds the call, else the latest one (the call is not saved yet).
 * Fewer than the call needs when history has lost some; none for call 1 or a call that is not of a series.
 */
export function earlierCallsOf(
  record: Pick<CallRecord, 'id' | 'scenarioId'>,
  runs: readonly SeriesRun[],
  records: readonly Pick<CallRecord, 'id' | 'transcript'>[],
): Transcript[] {
  const run = runs.find((r) => r.recordIds.includes(record.id)) ?? runs.at(-1);
  if (!run) return [];
  const saved = run.recordIds.indexOf(record.id);
  const index = saved >= 0 ? saved : run.played.findIndex((call) => call.id === record.scenarioId);
  const earlier: Transcript[] = [];
  for (const id of run.recordIds.slice(0, Math.max(0, index))) {
    const transcript = records.find((r) => r.id === id)?.transcript;
    if (!transcript) break;
    earlier.push(transcript);
  }
  return earlier;
}

/** `earlierCallsOf` with this browser's series runs and saved history. */
export function earlierSeriesTranscripts(record: CallRecord): Transcript[] {
  const seriesId = record.scenarioId.split('/')[0]!;
  return earlierCallsOf(record, useSeriesStore.getState().runs[seriesId] ?? [], useHistoryStore.getState().records);
}
