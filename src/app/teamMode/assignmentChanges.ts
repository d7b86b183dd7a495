import { type Assignment, changedFields } from '../../core/assignments';
import type { AssignmentChanges } from './teamApiTypes';

/** What a PATCH needs to turn `before` into `after`: the changed fields only, null for one that was removed. */
export function assignmentChanges(before: Assignment, after: Assignment): AssignmentChanges {
  const changes: Record<string, unknown> = {};
  for (const field of changedFields(before, after)) changes[field] = after[field] ?? null;
  return changes as AssignmentChanges;
}
