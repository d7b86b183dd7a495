import type { Scenario } from '../scenario/scenarioSchema';
import type { Validated } from '../scenario/validationError';
import { ASSIGNMENT_SCHEMA_VERSION, type Assignment, type AssignmentDifficulty, type InputMode, type PersonaKind } from './assignmentSchema';
import { validateAssignment } from './validateAssignment';

/** What a manager fills in; custom scenarios are looked up among the ones they have. */
export interface AssignmentDraft {
  title: string;
  note?: string;
  scenarioIds: string[];
  passMark: number;
  /** ISO date-time, or undefined for no due date. */
  dueDate?: string;
  attemptsAllowed: number;
  personaKind: PersonaKind;
  mode: InputMode;
  /** Undefined: each scenario at its own difficulty. */
  difficulty?: AssignmentDifficulty;
}

/**
 * Builds and validates an assignment from a manager's draft. `id` and `createdAt` come from the caller
 * (core has no clock or randomness of its own); custom scenarios that are used travel inside it.
 */
export function createAssignment(
  draft: AssignmentDraft,
  options: { id: string; createdAt: string; customScenarios: readonly Scenario[]; builtinScenarioIds: Iterable<string> },
): Validated<Assignment> {
  const used = new Set(draft.scenarioIds);
  const builtin = new Set(options.builtinScenarioIds);
  const customScenarios = options.customScenarios.filter((s) => used.has(s.id) && !builtin.has(s.id));
  const note = draft.note?.trim();
  const data = {
    kind: 'assignment',
    schemaVersion: ASSIGNMENT_SCHEMA_VERSION,
    id: options.id,
    title: draft.title,
    ...(note ? { note } : {}),
    scenarioIds: draft.scenarioIds,
    customScenarios,
    passMark: draft.passMark,
    ...(draft.dueDate ? { dueDate: draft.dueDate } : {}),
    attemptsAllowed: draft.attemptsAllowed,
    personaKind: draft.personaKind,
    mode: draft.mode,
    ...(draft.difficulty ? { difficulty: draft.difficulty } : {}),
    createdAt: options.createdAt,
  };
  return validateAssignment(data, { builtinScenarioIds: builtin });
}

/** The difficulty an assignment's call of this scenario is played at: the assignment's, or the scenario's own. */
export function assignedDifficulty(assignment: Pick<Assignment, 'difficulty'>, scenario: Pick<Scenario, 'difficulty'>): AssignmentDifficulty {
  return assignment.difficulty ?? scenario.difficulty;
}

/** An assignment's JSON text as saved to a file. */
export function assignmentFileText(assignment: Assignment): string {
  return `${JSON.stringify(assignment, null, 2)}\n`;
}
