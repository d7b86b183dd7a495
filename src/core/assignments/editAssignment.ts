import type { Validated } from '../scenario/validationError';
import type { Assignment, AssignmentDifficulty, InputMode, PersonaKind } from './assignmentSchema';
import { type AssignmentContext, validateAssignment } from './validateAssignment';

/** What a manager may change in a saved assignment; null removes an optional field, a missing key keeps it. */
export interface AssignmentEdit {
  title?: string;
  note?: string | null;
  scenarioIds?: string[];
  /** Raw scenario objects: they are validated like a new assignment's. */
  customScenarios?: unknown[];
  passMark?: number;
  dueDate?: string | null;
  attemptsAllowed?: number;
  personaKind?: PersonaKind;
  mode?: InputMode;
  difficulty?: AssignmentDifficulty | null;
}

/** Every field an edit may touch; kind, schemaVersion, id and createdAt never change. */
export const EDITABLE_FIELDS = [
  'title',
  'note',
  'scenarioIds',
  'customScenarios',
  'passMark',
  'dueDate',
  'attemptsAllowed',
  'personaKind',
  'mode',
  'difficulty',
] as const satisfies readonly (keyof AssignmentEdit)[];

/** The assignment with `edit` applied, validated strictly as a whole so every problem comes back with its path. */
export function editAssignment(current: Assignment, edit: AssignmentEdit, context: AssignmentContext = {}): Validated<Assignment> {
  const merged: Record<string, unknown> = { ...current };
  for (const field of EDITABLE_FIELDS) {
    const value = edit[field];
    if (value === null) delete merged[field];
    else if (value !== undefined) merged[field] = value;
  }
  return validateAssignment(merged, context);
}
