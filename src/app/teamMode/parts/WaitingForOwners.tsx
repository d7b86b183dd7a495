import { useTeam } from '../useTeam';

/** On the sign-in screen: calls kept in this browser for trainees whose session ended, and calls played while nobody was signed in. */
export function WaitingForOwners() {
  const outbox = useTeam((s) => s.outbox);
  const unclaimed = useTeam((s) => s.unclaimed.length);
  const counts = new Map<string, number>();
  for (const e of outbox) {
    const name = e.userName ?? 'the trainee who made them';
    if (!e.refused) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (counts.size === 0 && unclaimed === 0) return null;
  return (
    <div className="notice notice-warning" role="status" data-testid="waiting-for-owners">
      {[...counts].map(([name, n]) => (
        <p key={name}>
          {n === 1 ? '1 call finished in this browser is' : `${n} calls finished in this browser are`} waiting for {name} to sign in;{' '}
          {n === 1 ? 'it uploads' : 'they upload'} as soon as {name} signs in here.
        </p>
      ))}
      {unclaimed > 0 && (
        <p>
          {unclaimed === 1 ? '1 call was' : `${unclaimed} calls were`} played here while nobody was signed in. {unclaimed === 1 ? 'It is' : 'They are'} kept,
          not uploaded: a trainee who signs in is asked whether {unclaimed === 1 ? 'it is theirs' : 'they are theirs'}.
        </p>
      )}
    </div>
  );
}
