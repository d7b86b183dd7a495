import type { Assignment } from './assignmentSchema';

const FIELDS = ['title', 'scenarioIds', 'customScenarios', 'passMark', 'dueDate', 'attemptsAllowed', 'personaKind', 'mode', 'difficulty'] as const;

/** The rule fields in which two copies of one assignment differ (a trainee could have edited the pass mark). */
export function compareAssignments(mine: Assignment, theirs: Assignment): string[] {
  return FIELDS.filter((field) => JSON.stringify(mine[field]) !== JSON.stringify(theirs[field]));
}
