import { useCallRecord } from '../results/useCallRecord';
import { ScreenHeading } from '../shell/ScreenHeading';
import { ScreenLoading } from '../shell/ScreenLoading';
import { ReplayView } from './ReplayView';

/** Replay of a saved call, by record id. */
export default function ReplayScreen({ recordId }: { recordId: string }) {
  const { record, loading } = useCallRecord(recordId);
  if (loading) return <ScreenLoading />;
  if (!record) {
    return (
      <section className="screen" data-screen="replay">
        <header className="screen-header">
          <ScreenHeading>Call not found</ScreenHeading>
          <p className="lede">There is no saved call “{recordId}” in this browser. It may have been cleared from History.</p>
        </header>
        <p>
          <a className="button button-primary" href="#/history">
            Open History
          </a>
        </p>
      </section>
    );
  }
  return (
    <section className="screen replay" data-screen="replay" aria-labelledby="replay-title">
      <a className="back-link" href={`#/results/${encodeURIComponent(record.id)}`}>
        ← Results
      </a>
      <ReplayView transcript={record.transcript} report={record.report} title={record.scenarioTitle} />
    </section>
  );
}
