import { useCallRecord } from '../call/useCallRecord';
import { ScreenLoading } from '../shared/ScreenLoading';
import { ReplayView } from './ReplayView';
import { NotFoundScreen } from '../shared/NotFoundScreen';
import { useCallApi } from '../call/useCall';
import { navigate } from '../navigation/navigate';
import { SeriesStory } from '../series/SeriesStory';

/** Replay of a saved call, by record id; from any of your lines the call can be taken back and retried. */
export default function ReplayScreen({ recordId }: { recordId: string }) {
  const { record, loading, unsaved } = useCallRecord(recordId);
  const call = useCallApi();
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
  // A retry links to its parent in History, so the parent must be saved there first.
  const retryable = record.personaKind === 'scripted' && !unsaved;
  const retry = async (turn: number) => {
    const problem = await call.getState().startRetry(record, turn);
    if (!problem) navigate({ name: 'call' });
    return problem;
  };
  return (
    <section className="screen replay" data-screen="replay" aria-labelledby="replay-title">
      <a className="back-link" href={`#/results/${encodeURIComponent(record.id)}`}>
        ← Results
      </a>
      <ReplayView
        transcript={record.transcript}
        report={record.report}
        title={record.scenarioTitle}
        placeKey={record.id}
        {...(retryable
          ? { onRetry: retry }
          : {
              retryUnavailable: unsaved
                ? 'Once this call is saved to History, you can retry it from any of your lines.'
                : 'A language model played the customer, so this call cannot be taken back to a line: its replies would not come out the same.',
            })}
      />
      {record.scenarioId.includes('/') && <SeriesStory recordId={record.id} scenarioId={record.scenarioId} />}
    </section>
  );
}
