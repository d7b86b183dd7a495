import '../team.css';
import '../../shared/workflows.css';
import { useCallback, useEffect } from 'react';
import { useScenarioCatalog } from '../../scenarios/scenarioCatalog';
import { CallList } from './CallList';
import { TeamAssignmentCard } from './TeamAssignmentCard';
import { UnclaimedCalls } from './UnclaimedCalls';
import { useTeam, useTeamApi } from '../useTeam';
import { useLiveRefresh } from '../useLiveRefresh';

function Outbox() {
  const store = useTeamApi();
  const userId = useTeam((s) => s.me?.user.id);
  const waiting = useTeam((s) => s.outbox.filter((e) => e.userId === userId && !e.refused).length);
  const refused = useTeam((s) => s.outbox).filter((e) => e.userId === userId && e.refused);
  const kept = useTeam((s) => s.outboxKept);
  if (waiting === 0 && refused.length === 0) return null;
  return (
    <div className="notice notice-warning" role="status" data-testid="outbox">
      <div className="notice-body">
        {waiting > 0 && (
          <p>
            <strong>{waiting === 1 ? '1 call is' : `${waiting} calls are`} waiting to upload.</strong>{' '}
            {kept ? 'They are kept in this browser and' : 'This browser is full, so keep this tab open: they'} send by themselves when the server can be
            reached.{' '}
            <button type="button" className="button button-small" onClick={() => void store.getState().flushUploads()}>
              Try now
            </button>
          </p>
        )}
        {refused.length > 0 && (
          <ul className="tm-refused">
            {refused.map((e) => (
              <li key={e.upload.id}>
                Not accepted by the server: {e.upload.scenarioTitle} ({new Date(e.upload.startedAt).toLocaleString()}): {e.refused}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function Trainee() {
  const store = useTeamApi();
  const assignments = useTeam((s) => s.myAssignments);
  const calls = useTeam((s) => s.myCalls);
  const loaded = useTeam((s) => s.mineLoaded);
  const error = useTeam((s) => s.mineError);
  const sharePractice = useTeam((s) => s.sharePractice);
  const refresh = useCallback(() => void store.getState().loadMine(), [store]);
  useLiveRefresh(refresh, 30_000);
  // Scenarios an assignment carries become playable here.
  useEffect(() => {
    const catalog = useScenarioCatalog.getState();
    const extra = assignments.flatMap((a) => a.assignment.customScenarios).filter((s) => !catalog.scenarios.some((c) => c.id === s.id));
    if (extra.length > 0) catalog.setCustomScenarios([...catalog.custom, ...extra]);
  }, [assignments]);
  return (
    <section className="scenario-section tm-home" aria-labelledby="team-assignments-title" data-testid="team-home">
      <h2 id="team-assignments-title">Your assignments</h2>
      <UnclaimedCalls />
      <Outbox />
      {error && (
        <p className="notice notice-warning" role="status">
          {error}
        </p>
      )}
      {loaded && assignments.length === 0 && (
        <p className="muted tm-empty">No assignments yet. Your manager’s assignments appear here; meanwhile, practise any scenario below.</p>
      )}
      <div className="tm-assignment-list">
        {assignments.map((row) => (
          <TeamAssignmentCard key={row.id} row={row} />
        ))}
      </div>
      <div className="tm-my-calls">
        <h3>Your recent calls</h3>
        <p className="tm-sub">Coaching notes from your manager show on each call’s replay.</p>
        <CallList calls={calls.slice(0, 5)} empty="No calls uploaded yet: calls you finish under an assignment upload by themselves." />
      </div>
      <label className="wf-check tm-share">
        <input type="checkbox" checked={sharePractice} onChange={(e) => store.getState().setSharePractice(e.target.checked)} />
        Also upload my practice calls (outside assignments) for my manager to see
      </label>
    </section>
  );
}

/** Home in team mode: sign-in for visitors, a way to the team view for managers, assignments and uploads for trainees. */
export default function TeamHome() {
  const me = useTeam((s) => s.me);
  const setupNeeded = useTeam((s) => s.setupNeeded);
  if (!me) {
    return (
      <div className="card tm-card tm-signin-card" data-testid="team-signed-out">
        {setupNeeded ? (
          <>
            <p>
              <strong>This team server has no admin yet.</strong> Create one with the setup code the server printed when it started.
            </p>
            <a className="button button-primary" href="#/setup">
              Set up the server
            </a>
          </>
        ) : (
          <>
            <p>
              <strong>This is your team’s server.</strong> Sign in to see your assignments; your calls then upload for your manager by themselves.
            </p>
            <a className="button button-primary" href="#/sign-in">
              Sign in
            </a>
          </>
        )}
      </div>
    );
  }
  if (me.user.role === 'trainee') return <Trainee />;
  return (
    <div className="card tm-card tm-signin-card">
      <p>
        Signed in as <strong>{me.user.displayName}</strong> ({me.user.role}).
      </p>
      <div className="button-row">
        {me.user.role === 'admin' && (
          <a className="button button-primary" href="#/admin">
            Teams and people
          </a>
        )}
        {me.teams.map((t) => (
          <a key={t.id} className="button" href={`#/coach/${t.id}`}>
            {t.name}
          </a>
        ))}
      </div>
    </div>
  );
}
