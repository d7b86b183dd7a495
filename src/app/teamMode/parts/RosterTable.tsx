import type { Dashboard } from '../teamState';
import { StatusChip } from './StatusChip';

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' }) : '—');

/** Every trainee with their standing overall and on each active assignment. */
export function RosterTable({ teamId, roster }: { teamId: string; roster: NonNullable<Dashboard['roster']> }) {
  if (roster.trainees.length === 0) return <p className="muted tm-empty">No trainees yet. Invite them from the People tab: each gets a link to join.</p>;
  return (
    <div className="tm-table-wrap">
      <table className="tm-table" data-testid="roster">
        <thead>
          <tr>
            <th scope="col">Trainee</th>
            <th scope="col">Status</th>
            {roster.assignments.map((a) => (
              <th scope="col" key={a.id}>
                {a.title}
                {a.dueDate && <span className="tm-sub">due {when(a.dueDate)}</span>}
              </th>
            ))}
            <th scope="col">Last call</th>
          </tr>
        </thead>
        <tbody>
          {roster.trainees.map((t) => {
            const last =
              t.assignments
                .map((a) => a.lastActivity)
                .filter((x): x is string => x !== null)
                .sort()
                .at(-1) ?? null;
            return (
              <tr key={t.id} data-trainee={t.displayName} data-status={t.status}>
                <th scope="row">
                  <a href={`#/coach/${teamId}/trainee/${t.id}`}>{t.displayName}</a>
                  <span className="tm-sub">{t.email}</span>
                </th>
                <td>
                  <StatusChip status={t.status} />
                </td>
                {t.assignments.map((a) => (
                  <td key={a.assignmentId}>
                    <StatusChip status={a.status} />
                    <span className="tm-sub">
                      {a.scenarios.filter((s) => s.state === 'passed').length}/{a.scenarios.length} passed
                    </span>
                  </td>
                ))}
                <td>{when(last)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
