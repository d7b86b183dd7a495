import '../team.css';
import { useCallback } from 'react';
import { navigate } from '../../navigation/navigate';
import { COACH_TABS, type CoachTab } from '../../navigation/route';
import { ScreenHeading } from '../../shared/ScreenHeading';
import { ScreenLoading } from '../../shared/ScreenLoading';
import { PrincipleGridTable } from '../parts/PrincipleGridTable';
import { RosterTable } from '../parts/RosterTable';
import { SignedIn } from '../parts/SignedIn';
import { TeamAssignments } from '../parts/TeamAssignments';
import { TeamPeople } from '../parts/TeamPeople';
import { WeakSpotList } from '../parts/WeakSpotList';
import { useLiveRefresh } from '../useLiveRefresh';
import { useTeam, useTeamApi } from '../useTeam';

const TAB_LABEL: Record<CoachTab, string> = { roster: 'Roster', grid: 'Grid', 'weak-spots': 'Weak spots', assignments: 'Assignments', people: 'People' };

function TeamSwitcher({ teamId }: { teamId: string }) {
  const teams = useTeam((s) => s.teams);
  if (teams.length < 2) return null;
  return (
    <label className="tm-switch">
      <span className="visually-hidden">Team</span>
      <select value={teamId} onChange={(e) => navigate({ name: 'coach', teamId: e.target.value })}>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function Coach({ teamId, tab }: { teamId: string; tab: CoachTab }) {
  const store = useTeamApi();
  const dashboard = useTeam((s) => s.dashboards[teamId]);
  const role = useTeam((s) => s.me?.user.role);
  const refresh = useCallback(() => {
    void store.getState().loadDashboard(teamId);
    // Members and pending invites on the same tick: a trainee who joins shows up as their invite leaves the list.
    if (tab === 'people') void store.getState().loadInvites(teamId);
    if (store.getState().teams.length === 0 || role === 'admin') void store.getState().loadAdmin();
  }, [store, teamId, role, tab]);
  useLiveRefresh(refresh, 5000);
  if (!dashboard?.roster) {
    if (dashboard?.error)
      return (
        <p className="notice notice-danger screen" role="alert">
          {dashboard.error}
        </p>
      );
    return <ScreenLoading />;
  }
  const team = dashboard.roster.team;
  return (
    <section className="screen tm-coach" data-screen="coach" aria-labelledby="coach-title">
      <header className="screen-header tm-coach-head">
        <div>
          <p className="eyebrow">Team</p>
          <ScreenHeading id="coach-title">{team.name}</ScreenHeading>
          <p className="lede">Live: calls appear here as trainees finish them.</p>
        </div>
        <div className="tm-coach-tools">
          <TeamSwitcher teamId={teamId} />
          <a className="button button-small" href={`/api/teams/${teamId}/export.csv`} download>
            Export CSV
          </a>
          <a className="button button-small" href={`/api/teams/${teamId}/export.json`} download>
            Export JSON
          </a>
        </div>
      </header>
      {dashboard.error && (
        <p className="notice notice-warning" role="status">
          Not up to date: {dashboard.error}
        </p>
      )}
      <nav className="tm-tabs" aria-label="Team views">
        {COACH_TABS.map((t) => (
          <a key={t} href={`#/coach/${teamId}${t === 'roster' ? '' : `/${t}`}`} aria-current={t === tab ? 'page' : undefined}>
            {TAB_LABEL[t]}
          </a>
        ))}
      </nav>
      <div className="tm-tab-body" data-tab={tab}>
        {tab === 'roster' && <RosterTable teamId={teamId} roster={dashboard.roster} />}
        {tab === 'grid' && dashboard.grid && <PrincipleGridTable grid={dashboard.grid} />}
        {tab === 'weak-spots' && <WeakSpotList dashboard={dashboard} />}
        {tab === 'assignments' && <TeamAssignments teamId={teamId} />}
        {tab === 'people' && <TeamPeople teamId={teamId} teamName={team.name} dashboard={dashboard} canInviteManagers={role === 'admin'} />}
      </div>
    </section>
  );
}

/** A manager's live view of one team: roster, trainee × principle grid, weak spots, assignments, people, exports. */
export default function CoachScreen({ teamId, tab }: { teamId: string; tab: CoachTab }) {
  return (
    <SignedIn roles={['manager', 'admin']}>
      <Coach teamId={teamId} tab={tab} />
    </SignedIn>
  );
}
