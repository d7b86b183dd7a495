import { useCallRecord } from '../results/useCallRecord';
import { ScreenLoading } from '../shared/ScreenLoading';
import { ReplayView } from './ReplayView';
import { NotFoundScreen } from '../shared/NotFoundScreen';

/** Replay of a saved call, by record id. */
export default function ReplayScreen({ recordId }: { recordId: string }) {
  const { record, loading } = useCallRecord(recordId);
  if (loading) return <ScreenLoading />;
  if (!record) {
    return (
      <NotFoundScreen
        screen="replay"
        title="Call not found"
        message={`There is no saved call “${recordId}” in this browser. It may have been cleared from History.`}
        ways={[{ href: '#/history', label: 'Open History' }]}
      />
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
