import { useState } from 'react';
import { dueText, formatDue, modeLabel, personaLabel } from '../../assignments/describeAssignment';
import { scenarioById } from '../../scenarios/scenarioCatalog';
import type { ManagedAssignment } from '../teamApiTypes';
import { useTeamApi } from '../useTeam';
import { AssignmentEditor } from './AssignmentEditor';

/** One of the team's assignments as its manager sees it: the rules, Edit and Archive. */
export function ManagedAssignmentRow({ teamId, row }: { teamId: string; row: ManagedAssignment }) {
  const store = useTeamApi();
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const a = row.assignment;
  async function archive() {
    if (!window.confirm(`Archive “${a.title}”? Trainees stop seeing it; its calls stay in the exports.`)) return;
    setError((await store.getState().archiveAssignment(teamId, row.id))?.message);
  }
  function edit() {
    setSaved(false);
    setEditing(true);
  }
  return (
    <li className="card tm-card" data-assignment={a.title}>
      <div className="tm-row-head">
        <h3>{a.title}</h3>
        <div className="button-row">
          <button type="button" className="button button-small" onClick={edit} disabled={editing} aria-label={`Edit ${a.title}`}>
            Edit
          </button>
          <button type="button" className="button button-small button-ghost" onClick={() => void archive()}>
            Archive
          </button>
        </div>
      </div>
      <p className="muted">{a.scenarioIds.map((id) => scenarioById(id)?.title ?? a.customScenarios.find((c) => c.id === id)?.title ?? id).join(' · ')}</p>
      <p className="tm-sub">
        Pass mark {a.passMark} · {a.attemptsAllowed} attempt{a.attemptsAllowed === 1 ? '' : 's'} per scenario · {modeLabel(a.mode).toLowerCase()} ·{' '}
        {personaLabel(a.personaKind).toLowerCase()} · {a.difficulty ? `${a.difficulty} difficulty` : 'each scenario’s own difficulty'} · {dueText(a.dueDate)}
        {row.updatedAt && ` · edited ${formatDue(row.updatedAt)}`}
      </p>
      {a.note && <p className="wf-note">{a.note}</p>}
      {saved && (
        <p className="notice" role="status">
          Saved: trainees see the new rules, and every status follows them.
        </p>
      )}
      {error && <p className="error">{error}</p>}
      {editing && (
        <AssignmentEditor
          teamId={teamId}
          row={row}
          onDone={(done) => {
            setEditing(false);
            setSaved(done);
          }}
        />
      )}
    </li>
  );
}
