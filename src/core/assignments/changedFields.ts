import type { Assignment } from './assignmentSchema';
import { EDITABLE_FIELDS } from './editAssignment';

/** A field a manager may edit. */
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** The fields that decide what a call under the assignment plays and how: calls are checked and scored against them. */
export const PLAY_RULE_FIELDS = ['scenarioIds', 'customScenarios', 'personaKind', 'mode', 'difficulty'] as const satisfies readonly EditableField[];

/** Whether a field is one of the play rules. */
export const isPlayRule = (field: EditableField): boolean => (PLAY_RULE_FIELDS as readonly string[]).includes(field);

/** JSON with object keys sorted: a stored copy may list keys in another order without being different. */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The editable fields that differ between two versions of an assignment, in EDITABLE_FIELDS order. */
export function changedFields(before: Assignment, after: Assignment): EditableField[] {
  return EDITABLE_FIELDS.filter((field) => canonical(before[field]) !== canonical(after[field]));
}
