import { AssignmentForm } from '../../assignments/AssignmentForm';
import { assignmentChanges } from '../assignmentChanges';
import type { ManagedAssignment } from '../teamApiTypes';
import { useTeamApi } from '../useTeam';

/** Why the play rules are shown but cannot be changed, or undefined while no call was uploaded. */
function lockedBecause(callCount: number): string | undefined {
  if (callCount === 0) return undefined;
  const calls = callCount === 1 ? '1 call was' : `${callCount} calls were`;
  return `${calls} already uploaded under this assignment, so its scenarios, customer, mode and difficulty stay as they are: archive it and create a new one to change them.`;
}

/** An assignment on the server in the assignment form, filled in; saving sends only what changed. */
export function AssignmentEditor({ teamId, row, onDone }: { teamId: string; row: ManagedAssignment; onDone(saved: boolean): void }) {
  const store = useTeamApi();
  return (
    <AssignmentForm
      initial={row.assignment}
      heading={`Edit “${row.assignment.title}”`}
      submitLabel="Save changes"
      rulesLocked={lockedBecause(row.callCount)}
      onCancel={() => onDone(false)}
      onCreated={async (edited) => {
        const changes = assignmentChanges(row.assignment, edited);
        const failed = Object.keys(changes).length > 0 ? await store.getState().editAssignment(teamId, row.id, changes) : undefined;
        if (!failed) {
          onDone(Object.keys(changes).length > 0);
          return undefined;
        }
        return failed.problems.length > 0 ? failed.problems : [{ path: '(root)', message: failed.message }];
      }}
    />
  );
}
