import '../../shared/workflows.css';
import { useEffect, useState } from 'react';
import type { Assignment } from '../../../core/assignments';
import { AssignmentForm } from '../../assignments/AssignmentForm';
import { dueText, modeLabel, personaLabel } from '../../assignments/describeAssignment';
import { useCustomScenarios } from '../../authoring/customScenariosStore';
import { scenarioById } from '../../scenarios/scenarioCatalog';
import type { AssignmentDraft, ServerAssignment } from '../teamApiTypes';
import { useTeam, useTeamApi } from '../useTeam';

/** The fields a manager sets; the server adds the rest. */
function draftOf({ kind: _kind, schemaVersion: _version, id: _id, createdAt: _created, ...draft }: Assignment): AssignmentDraft {
  return draft;
}

function AssignmentRow({ teamId, row }: { teamId: string; row: ServerAssignment }) {
  const store = useTeamApi();
  const [error, setError] = useState<string>();
  const a = row.assignment;
  async function archive() {
    if (!window.confirm(`Archive “${a.title}”? Trainees stop seeing it; its calls stay in the exports.`)) return;
    setError((await store.getState().archiveAssignment(teamId, row.id))?.message);
  }
  return (
    <li className="card tm-card" data-assignment={a.title}>
      <div className="tm-row-head">
        <h3>{a.title}</h3>
        <button type="button" className="button button-small button-ghost" onClick={() => void archive()}>
          Archive
        </button>
      </div>
      <p className="muted">{a.scenarioIds.map((id) => scenarioById(id)?.title ?? a.customScenarios.find((c) => c.id === id)?.title ?? id).join(' · ')}</p>
      <p className="tm-sub">
        Pass mark {a.passMark} · {a.attemptsAllowed} attempt{a.attemptsAllowed === 1 ? '' : 's'} per scenario · {modeLabel(a.mode).toLowerCase()} ·{' '}
        {personaLabel(a.personaKind).toLowerCase()} · {a.difficulty ? `${a.difficulty} difficulty` : 'each scenario’s own difficulty'} · {dueText(a.dueDate)}
      </p>
      {a.note && <p className="wf-note">{a.note}</p>}
      {error && <p className="error">{error}</p>}
    </li>
  );
}

/** A team's assignments on the server, and the form for a new one (trainees see it at once). */
export function TeamAssignments({ teamId }: { teamId: string }) {
  const store = useTeamApi();
  const assignments = useTeam((s) => s.dashboards[teamId]?.assignments);
  const [created, setCreated] = useState<string>();
  useEffect(() => useCustomScenarios.getState().load(), []);
  return (
    <div className="tm-assignments">
      {assignments && assignments.length > 0 ? (
        <ul className="tm-list">
          {assignments.map((row) => (
            <AssignmentRow key={row.id} teamId={teamId} row={row} />
          ))}
        </ul>
      ) : (
        <p className="muted tm-empty">No assignments yet. Trainees see a new one on their Home screen as soon as you create it.</p>
      )}
      {created && (
        <p className="notice" role="status">
          “{created}” is live: your trainees see it on Home.
        </p>
      )}
      <AssignmentForm
        submitLabel="Create and assign to the team"
        onCreated={async (assignment) => {
          const failed = await store.getState().createAssignment(teamId, draftOf(assignment));
          if (!failed) {
            setCreated(assignment.title);
            return undefined;
          }
          return failed.problems.length > 0 ? failed.problems : [{ path: 'title', message: failed.message }];
        }}
      />
    </div>
  );
}
