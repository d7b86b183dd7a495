import type { ReactNode } from 'react';
import { ScreenLoading } from '../../shared/ScreenLoading';
import type { Role } from '../teamApiTypes';
import { useTeam } from '../useTeam';

/** Shows `children` to a signed-in person of one of `roles`; anyone else is told how to get in. */
export function SignedIn({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const mode = useTeam((s) => s.mode);
  const role = useTeam((s) => s.me?.user.role);
  if (mode === 'checking') return <ScreenLoading />;
  if (mode === 'single-user') {
    return (
      <section className="screen tm-narrow" data-screen="team-off">
        <h1>Team mode is off</h1>
        <p className="lede">This app was started without a team server (npm start), so there are no accounts here.</p>
        <a className="button" href="#/">
          Home
        </a>
      </section>
    );
  }
  if (!role) {
    return (
      <section className="screen tm-narrow" data-screen="signed-out">
        <h1>Sign in first</h1>
        <p className="lede">This page is for signed-in members of the team.</p>
        <a className="button button-primary" href="#/sign-in">
          Sign in
        </a>
      </section>
    );
  }
  if (!roles.includes(role)) {
    return (
      <section className="screen tm-narrow" data-screen="not-allowed">
        <h1>Not for your account</h1>
        <p className="lede">This page is for {roles.map((r) => `${r}s`).join(' and ')}.</p>
        <a className="button" href="#/">
          Home
        </a>
      </section>
    );
  }
  return <>{children}</>;
}
