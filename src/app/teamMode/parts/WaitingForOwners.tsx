import { useTeam } from '../useTeam';

/** On the sign-in screen: calls kept in this browser for trainees whose session ended, so they know to sign in. */
export function WaitingForOwners() {
  const outbox = useTeam((s) => s.outbox);
  const counts = new Map<string, number>();
  for (const e of outbox) {
    const name = e.userName ?? 'the trainee who made them';
    if (!e.refused) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  return (
    <div className="notice notice-warning" role="status" data-testid="waiting-for-owners">
      {[...counts].map(([name, n]) => (
        <p key={name}>
          {n === 1 ? '1 call finished in this browser is' : `${n} calls finished in this browser are`} waiting for {name} to sign in;{' '}
          {n === 1 ? 'it uploads' : 'they upload'} as soon as {name} signs in here.
        </p>
      ))}
    </div>
  );
}
