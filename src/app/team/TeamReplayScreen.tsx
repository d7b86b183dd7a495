import '../shared/workflows.css';
import { useEffect } from 'react';
import { useAssignmentsStore } from '../assignments/assignmentsStore';
import { ReplayView } from '../replay/ReplayView';
import { ScreenLoading } from '../shared/ScreenLoading';
import { useTeamStore } from './useTeamStore';
import { useTeamTable } from './useTeamTable';
import { NotFoundScreen } from '../shared/NotFoundScreen';

/** The replay of any imported call, with the score of its transcript and the checks made on import. */
export default function TeamReplayScreen({ attemptKey }: { attemptKey: string }) {
  const status = useTeamStore((s) => s.status);
  const table = useTeamTable();
  useEffect(() => {
    useAssignmentsStore.getState().load();
    void useTeamStore.getState().load();
  }, []);
  if (status !== 'ready') return <ScreenLoading />;
  const attempt = table.flatMap((t) => t.attempts).find((a) => a.key === attemptKey);
  if (!attempt) {
    return (
      <NotFoundScreen
        screen="team-replay"
        title="Call not found"
        message="This call is not among the imported results in this browser. Its file may have been removed."
        ways={[{ href: '#/team', label: 'Team results' }]}
      />
    );
  }
  return (
    <section className="screen replay" data-screen="team-replay" aria-labelledby="replay-title">
      <a className="back-link" href="#/team">
        ← Team results
      </a>
      <p className="wf-replay-who">
        <strong>{attempt.trainee}</strong> · {attempt.attempt.mode === 'guided' ? 'guided lines' : 'free text'} ·{' '}
        {attempt.attempt.transcript.difficulty ? `${attempt.attempt.transcript.difficulty} difficulty · ` : ''}
        {new Date(attempt.attempt.startedAt).toLocaleString()}
      </p>
      {attempt.flags.length > 0 && (
        <div className="notice notice-warning" role="status">
          <ul className="wf-flags">
            {attempt.flags.map((flag) => (
              <li key={flag}>{flag}</li>
            ))}
          </ul>
        </div>
      )}
      <ReplayView
        transcript={attempt.attempt.transcript}
        report={attempt.trusted}
        title={`${attempt.trainee}: ${attempt.attempt.scenarioTitle}`}
        theirs
        placeKey={attempt.key}
      />
    </section>
  );
}
