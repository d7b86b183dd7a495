import '../team.css';
import { useCallback } from 'react';
import { scenarioById } from '../../scenarios/scenarioCatalog';
import { ScreenHeading } from '../../shared/ScreenHeading';
import { ScreenLoading } from '../../shared/ScreenLoading';
import { CallList } from '../parts/CallList';
import { GrantForm } from '../parts/GrantForm';
import { SignedIn } from '../parts/SignedIn';
import { StatusChip } from '../parts/StatusChip';
import { useLiveRefresh } from '../useLiveRefresh';
import { useTeam, useTeamApi } from '../useTeam';

const STATE = { 'not-started': 'not started', open: 'in progress', passed: 'passed', failed: 'out of attempts' } as const;

function Trainee({ teamId, traineeId }: { teamId: string; traineeId: string }) {
  const store = useTeamApi();
  const roster = useTeam((s) => s.dashboards[teamId]?.roster);
  const calls = useTeam((s) => s.traineeCalls[traineeId]);
  const refresh = useCallback(() => {
    void store.getState().loadDashboard(teamId);
    void store.getState().loadTraineeCalls(traineeId);
  }, [store, teamId, traineeId]);
  useLiveRefresh(refresh, 5000);
  const trainee = roster?.trainees.find((t) => t.id === traineeId);
  if (!roster) return <ScreenLoading />;
  if (!trainee) return <p className="screen notice notice-warning">This trainee is not in {roster.team.name}.</p>;
  return (
    <section className="screen" data-screen="coach-trainee" aria-labelledby="trainee-title">
      <a className="back-link" href={`#/coach/${teamId}`}>
        ← {roster.team.name}
      </a>
      <header className="screen-header">
        <p className="eyebrow">Trainee</p>
        <ScreenHeading id="trainee-title">{trainee.displayName}</ScreenHeading>
        <p className="lede">
          {trainee.email} · <StatusChip status={trainee.status} />
        </p>
      </header>
      <section className="tm-section" aria-labelledby="standing-title">
        <h2 id="standing-title">Assignments</h2>
        {trainee.assignments.length === 0 && <p className="muted tm-empty">No active assignments.</p>}
        {trainee.assignments.map((a) => {
          const info = roster.assignments.find((x) => x.id === a.assignmentId);
          return (
            <article key={a.assignmentId} className="card tm-card">
              <div className="tm-row-head">
                <h3>{info?.title}</h3>
                <StatusChip status={a.status} />
              </div>
              <ul className="tm-scenarios">
                {a.scenarios.map((s) => {
                  const title = scenarioById(s.scenarioId)?.title ?? s.scenarioId;
                  return (
                    <li key={s.scenarioId} data-scenario={s.scenarioId}>
                      <span className="tm-call-title">{title}</span>
                      <span className="tm-sub">
                        {s.attempts}/{s.attemptsAllowed} attempts{s.extraAttempts ? ` (${s.extraAttempts} granted)` : ''} ·{' '}
                        {s.best === null ? 'no score yet' : `best ${Math.round(s.best)}`} · {STATE[s.state]}
                      </span>
                      <GrantForm teamId={teamId} assignmentId={a.assignmentId} traineeId={traineeId} scenarioId={s.scenarioId} scenarioTitle={title} />
                    </li>
                  );
                })}
              </ul>
            </article>
          );
        })}
      </section>
      <section className="tm-section" aria-labelledby="calls-title">
        <h2 id="calls-title">Calls</h2>
        {calls ? <CallList calls={calls} empty="No calls uploaded yet." /> : <p className="muted">Loading calls…</p>}
      </section>
    </section>
  );
}

/** One trainee, for their manager: standing on each assignment, extra attempts, and every call to review. */
export default function CoachTraineeScreen({ teamId, traineeId }: { teamId: string; traineeId: string }) {
  return (
    <SignedIn roles={['manager', 'admin']}>
      <Trainee teamId={teamId} traineeId={traineeId} />
    </SignedIn>
  );
}
