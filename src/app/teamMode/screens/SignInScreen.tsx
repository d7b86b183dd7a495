import '../team.css';
import { useState, type FormEvent } from 'react';
import { navigate } from '../../navigation/navigate';
import { ScreenHeading } from '../../shared/ScreenHeading';
import { FailureNotice, fieldProblem } from '../parts/FailureNotice';
import { homeFor } from '../parts/homeFor';
import { TextField } from '../parts/TextField';
import { WaitingForOwners } from '../parts/WaitingForOwners';
import type { Failure } from '../teamState';
import { useTeam, useTeamApi } from '../useTeam';

/** Sign in with email and password; a server with no admin yet points to the set-up screen. */
export default function SignInScreen() {
  const store = useTeamApi();
  const setupNeeded = useTeam((s) => s.setupNeeded);
  const me = useTeam((s) => s.me);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<Failure>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const failed = await store.getState().signIn(email, password);
    setBusy(false);
    setFailure(failed);
    if (!failed) navigate(homeFor(store.getState().me), { replace: true });
  }

  return (
    <section className="screen tm-narrow" data-screen="sign-in" aria-labelledby="sign-in-title">
      <header className="screen-header">
        <p className="eyebrow">Team</p>
        <ScreenHeading id="sign-in-title">Sign in</ScreenHeading>
        <p className="lede">Your assignments, your calls and your manager’s coaching notes are on this team’s server.</p>
      </header>
      {setupNeeded && (
        <p className="notice notice-warning" role="status">
          This server has no admin yet. <a href="#/setup">Set it up</a> with the code it printed when it started.
        </p>
      )}
      {me ? (
        <div className="card tm-card">
          <p>
            You are signed in as <strong>{me.user.displayName}</strong> ({me.user.email}).
          </p>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => navigate(homeFor(me))}>
              Continue
            </button>
            <button type="button" className="button button-ghost" onClick={() => void store.getState().signOut()}>
              Sign out
            </button>
          </div>
        </div>
      ) : (
        <WaitingForOwners />
      )}
      {!me && (
        <form className="card tm-card" onSubmit={(e) => void submit(e)} noValidate>
          <TextField label="Email" type="email" autoComplete="username" value={email} onChange={setEmail} problem={fieldProblem(failure, 'email')} />
          <TextField
            label="Password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            problem={fieldProblem(failure, 'password')}
          />
          <FailureNotice failure={failure} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Signing in…' : 'Sign in'}
            </button>
          </div>
          <p className="hint">No account yet? Ask your manager for an invite link. Forgot your password? Ask your admin for a new invite.</p>
        </form>
      )}
    </section>
  );
}
