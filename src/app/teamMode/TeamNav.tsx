import './teamNav.css';
import { navigate } from '../navigation/navigate';
import { useNavigationStore } from '../navigation/navigationStore';
import { initials } from '../shared/labels';
import { useTeamStore } from './teamStore';

/** The top bar's team part: nothing on a single-user server; Sign in, or the team view and the account menu. */
export function TeamNav() {
  const mode = useTeamStore((s) => s.mode);
  const me = useTeamStore((s) => s.me);
  const routeName = useNavigationStore((s) => s.route.name);
  if (mode !== 'team') return null;
  if (!me) {
    return (
      <a className="tm-nav-link" href="#/sign-in" aria-current={routeName === 'sign-in' ? 'page' : undefined}>
        Sign in
      </a>
    );
  }
  const teamHref = me.user.role === 'admin' ? '#/admin' : me.user.role === 'manager' && me.teams[0] ? `#/coach/${me.teams[0].id}` : undefined;
  return (
    <>
      {teamHref && (
        <a className="tm-nav-link" href={teamHref} aria-current={['admin', 'coach', 'coach-trainee', 'review'].includes(routeName) ? 'page' : undefined}>
          {me.user.role === 'admin' ? 'Admin' : 'Team'}
        </a>
      )}
      <details className="tm-account">
        <summary aria-label={`Account: ${me.user.displayName}`}>
          <span className="tm-avatar" aria-hidden="true">
            {initials(me.user.displayName)}
          </span>
        </summary>
        <div className="tm-account-menu">
          <p>
            <strong>{me.user.displayName}</strong>
            <span className="tm-sub">
              {me.user.email} · {me.user.role}
              {me.teams.length > 0 ? ` · ${me.teams.map((t) => t.name).join(', ')}` : ''}
            </span>
          </p>
          <button
            type="button"
            className="button button-small"
            onClick={(e) => {
              e.currentTarget.closest('details')?.removeAttribute('open');
              void useTeamStore
                .getState()
                .signOut()
                .then(() => navigate({ name: 'home' }));
            }}
          >
            Sign out
          </button>
        </div>
      </details>
    </>
  );
}
