import '../../shared/workflows.css';
import { useEffect, useState } from 'react';
import type { Assignment } from '../../../core/assignments';
import { AssignmentForm } from '../../assignments/AssignmentForm';
import { useCustomScenarios } from '../../authoring/customScenariosStore';
import type { AssignmentDraft } from '../teamApiTypes';
import { useTeam, useTeamApi } from '../useTeam';
import { ManagedAssignmentRow } from './ManagedAssignmentRow';

/** The fields a manager sets; the server adds the rest. */
function draftOf({ kind: _kind, schemaVersion: _version, id: _id, createdAt: _created, ...draft }: Assignment): AssignmentDraft {
  return draft;
}

/** A team's assignments on the server, each with Edit and Archive, and the form for a new one (trainees see it at once). */
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
            <ManagedAssignmentRow key={row.id} teamId={teamId} row={row} />
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
