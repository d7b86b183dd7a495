import type { Dashboard } from '../teamState';
import { InviteLink } from './InviteLink';
import { PendingInvites } from './PendingInvites';

/** The team's members, their model use today against their budget, invite links for new trainees and the invites still pending. */
export function TeamPeople({
  teamId,
  teamName,
  dashboard,
  canInviteManagers,
}: {
  teamId: string;
  teamName: string;
  dashboard: Dashboard;
  canInviteManagers: boolean;
}) {
  const usage = new Map((dashboard.usage?.people ?? []).map((p) => [p.userId, p]));
  return (
    <>
      <div className="tm-invites">
        <InviteLink role="trainee" teamId={teamId} teamName={teamName} />
        {canInviteManagers && <InviteLink role="manager" teamId={teamId} teamName={teamName} />}
      </div>
      <PendingInvites teamId={teamId} loadedByScreen />
      <div className="tm-table-wrap">
        <table className="tm-table" data-testid="members">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Model tokens today</th>
            </tr>
          </thead>
          <tbody>
            {(dashboard.members ?? []).map((m) => {
              const use = usage.get(m.id);
              return (
                <tr key={m.id}>
                  <th scope="row">
                    {m.displayName}
                    <span className="tm-sub">{m.email}</span>
                  </th>
                  <td>{m.role}</td>
                  <td>{use ? `${use.usedToday.toLocaleString()} of ${use.dailyBudget.toLocaleString()}` : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="hint">Budgets are set by an admin. Tokens are only used when a language model plays the customer.</p>
    </>
  );
}
