import '../team.css';
import { useState, type FormEvent } from 'react';
import { navigate } from '../../navigation/navigate';
import { ScreenHeading } from '../../shared/ScreenHeading';
import { FailureNotice, fieldProblem } from '../parts/FailureNotice';
import { TextField } from '../parts/TextField';
import type { Failure } from '../teamState';
import { useTeam, useTeamApi } from '../useTeam';

/** First run: the one-time code the server printed, and the first admin's account. */
export default function SetupScreen() {
  const store = useTeamApi();
  const setupNeeded = useTeam((s) => s.setupNeeded);
  const mode = useTeam((s) => s.mode);
  const [form, setForm] = useState({ code: '', displayName: '', email: '', password: '' });
  const [failure, setFailure] = useState<Failure>();
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const failed = await store.getState().setup(form);
    setBusy(false);
    setFailure(failed);
    if (!failed) navigate({ name: 'admin' }, { replace: true });
  }

  return (
    <section className="screen tm-narrow" data-screen="setup" aria-labelledby="setup-title">
      <header className="screen-header">
        <p className="eyebrow">First run</p>
        <ScreenHeading id="setup-title">Set up this team server</ScreenHeading>
        <p className="lede">Create the first admin. The admin creates teams and invites their managers; managers invite their trainees.</p>
      </header>
      {mode === 'team' && !setupNeeded ? (
        <p className="notice notice-warning" role="status">
          This server is already set up. <a href="#/sign-in">Sign in</a>, or ask an admin for an invite.
        </p>
      ) : (
        <form className="card tm-card" onSubmit={(e) => void submit(e)} noValidate>
          <TextField
            label="Setup code"
            value={form.code}
            onChange={(code) => set({ code })}
            autoComplete="off"
            hint="Printed by the server when it started (npm run team), like ABCD-EFGH-JKLM. A restart prints a new one."
            problem={fieldProblem(failure, 'code')}
          />
          <TextField
            label="Your name"
            value={form.displayName}
            onChange={(displayName) => set({ displayName })}
            autoComplete="name"
            problem={fieldProblem(failure, 'displayName')}
          />
          <TextField
            label="Email"
            type="email"
            value={form.email}
            onChange={(email) => set({ email })}
            autoComplete="username"
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
              {busy ? 'Creating…' : 'Create the admin account'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
