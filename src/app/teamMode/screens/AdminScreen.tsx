import '../team.css';
import { useCallback, useState, type FormEvent } from 'react';
import { ScreenHeading } from '../../shared/ScreenHeading';
import { FailureNotice } from '../parts/FailureNotice';
import { InviteLink } from '../parts/InviteLink';
import { PeopleBudgets } from '../parts/PeopleBudgets';
import { SignedIn } from '../parts/SignedIn';
import { TextField } from '../parts/TextField';
import type { Failure } from '../teamState';
import { useLiveRefresh } from '../useLiveRefresh';
import { useTeam, useTeamApi } from '../useTeam';

function NewTeamForm() {
  const store = useTeamApi();
  const [name, setName] = useState('');
  const [failure, setFailure] = useState<Failure>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const failed = await store.getState().createTeam(name);
    setFailure(failed);
    if (!failed) setName('');
  }
  return (
    <form className="tm-inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField label="New team’s name" value={name} onChange={setName} problem={failure?.problems.find((p) => p.path === 'name')?.message} />
      <button type="submit" className="button button-primary">
        Create team
      </button>
      <FailureNotice failure={failure} />
    </form>
  );
}

function TeamList() {
  const teams = useTeam((s) => s.teams);
  if (teams.length === 0) return <p className="muted">No teams yet: create the first one, then invite its manager.</p>;
  return (
    <ul className="tm-team-list">
      {teams.map((team) => (
        <li key={team.id} className="card tm-card" data-team={team.name}>
          <div className="tm-row-head">
            <h3>{team.name}</h3>
            <a className="button button-small" href={`#/coach/${team.id}`}>
              Open team
            </a>
          </div>
          <div className="tm-invites">
            <InviteLink role="manager" teamId={team.id} teamName={team.name} />
            <InviteLink role="trainee" teamId={team.id} teamName={team.name} />
          </div>
        </li>
      ))}
    </ul>
  );
}

function Admin() {
  const store = useTeamApi();
  const error = useTeam((s) => s.adminError);
  const refresh = useCallback(() => void store.getState().loadAdmin(), [store]);
  useLiveRefresh(refresh, 15_000);
  return (
    <section className="screen" data-screen="admin" aria-labelledby="admin-title">
      <header className="screen-header">
        <p className="eyebrow">Admin</p>
        <ScreenHeading id="admin-title">Teams and people</ScreenHeading>
        <p className="lede">Create a team, invite its manager with a link, and set how much of the language model each person may use a day.</p>
      </header>
      {error && (
        <p className="notice notice-danger" role="alert">
          {error}
        </p>
      )}
      <section className="tm-section" aria-labelledby="teams-title">
        <h2 id="teams-title">Teams</h2>
        <NewTeamForm />
        <TeamList />
      </section>
      <section className="tm-section" aria-labelledby="people-title">
        <h2 id="people-title">People and model budgets</h2>
        <PeopleBudgets />
        <div className="tm-invites">
          <InviteLink role="admin" />
        </div>
      </section>
    </section>
  );
}

/** Admins: teams (create, invite managers and trainees), everyone's daily model budget, more admins. */
export default function AdminScreen() {
  return (
    <SignedIn roles={['admin']}>
      <Admin />
    </SignedIn>
  );
}
