import { useMemo } from 'react';
import type { CallRecord } from '../../core/history';
import { useHistoryStore } from '../history/historyStore';
import { formatWhen } from '../history/HistoryList';

/** The retries made from this call's lines, each with its score and a link to its side-by-side results. */
export function RetriesOf({ record }: { record: CallRecord }) {
  const records = useHistoryStore((s) => s.records);
  const retries = useMemo(() => records.filter((r) => r.retryOf?.recordId === record.id), [records, record.id]);
  if (retries.length === 0) return null;
  return (
    <section className="card retries-of" aria-labelledby="retries-title">
      <h2 id="retries-title">Your retries of this call</h2>
      <ul>
        {retries.map((retry) => (
          <li key={retry.id}>
            <a href={`#/results/${encodeURIComponent(retry.id)}`}>
              From line {retry.retryOf!.turn + 1}: scored {Math.round(retry.report.overall)} (this call {Math.round(record.report.overall)})
            </a>{' '}
            <span className="muted">· {formatWhen(retry.endedAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
