import '../team.css';
import { useEffect, useState, type FormEvent } from 'react';
import { navigate } from '../../navigation/navigate';
import { ScreenHeading } from '../../shared/ScreenHeading';
import { ScreenLoading } from '../../shared/ScreenLoading';
import { FailureNotice, fieldProblem } from '../parts/FailureNotice';
import { homeFor } from '../parts/homeFor';
import { TextField } from '../parts/TextField';
import type { InviteInfo } from '../teamApiTypes';
import type { Failure } from '../teamState';
import { useTeam, useTeamApi } from '../useTeam';

const ROLE_TEXT = { admin: 'an admin', manager: 'a manager', trainee: 'a trainee' } as const;

/** An invite link: what it is for, then name, email and password to join. */
export default function JoinScreen({ token }: { token: string }) {
  const store = useTeamApi();
  const me = useTeam((s) => s.me);
  const [invite, setInvite] = useState<InviteInfo | Failure>();
  const [form, setForm] = useState({ displayName: '', email: '', password: '' });
  const [failure, setFailure] = useState<Failure>();
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));

  useEffect(() => {
    let live = true;
    void store
      .getState()
      .readInvite(token)
      .then((info) => live && setInvite(info));
    return () => void (live = false);
  }, [store, token]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const failed = await store.getState().acceptInvite(token, form);
    setBusy(false);
    setFailure(failed);
    if (!failed) navigate(homeFor(store.getState().me), { replace: true });
  }

  if (!invite) return <ScreenLoading />;
  const usable = 'role' in invite;
  return (
    <section className="screen tm-narrow" data-screen="join" aria-labelledby="join-title">
      <header className="screen-header">
        <p className="eyebrow">Invite</p>
        <ScreenHeading id="join-title">{usable ? `Join ${invite.team ? invite.team.name : 'Dialed In'}` : 'This invite cannot be used'}</ScreenHeading>
        {usable && (
          <p className="lede">
            You are invited as {ROLE_TEXT[invite.role]}
            {invite.team ? ` of ${invite.team.name}` : ''}. The link works once, until {new Date(invite.expiresAt).toLocaleString()}.
          </p>
        )}
      </header>
      {!usable ? (
        <div className="card tm-card">
          <p>{invite.message}</p>
          <p className="muted">
            Already have an account? <a href="#/sign-in">Sign in</a>.
          </p>
        </div>
      ) : me ? (
        <div className="card tm-card">
          <p>
            You are signed in as <strong>{me.user.displayName}</strong>. Sign out first to join with a new account.
          </p>
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => void store.getState().signOut()}>
              Sign out
            </button>
          </div>
        </div>
      ) : (
        <form className="card tm-card" onSubmit={(e) => void submit(e)} noValidate>
          <TextField
            label="Your name"
            value={form.displayName}
            onChange={(displayName) => set({ displayName })}
            autoComplete="name"
            hint="As your team will see it."
            problem={fieldProblem(failure, 'displayName')}
          />
          <TextField
            label="Email"
            type="email"
            value={form.email}
            onChange={(email) => set({ email })}
            autoComplete="username"
            hint="You sign in with it."
            problem={fieldProblem(failure, 'email')}
          />
          <TextField
            label="Password"
            type="password"
            value={form.password}
            onChange={(password) => set({ password })}
            autoComplete="new-password"
            hint="At least 10 characters."
            problem={fieldProblem(failure, 'password')}
          />
          <FailureNotice failure={failure} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Joining…' : 'Join'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
