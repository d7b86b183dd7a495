import type { Assignment, AssignmentDifficulty, InputMode, PersonaKind } from '../../core/assignments';
import { localDayOf } from './describeAssignment';

/** The assignment form's fields, as typed. */
export interface AssignmentFormDraft {
  title: string;
  note: string;
  scenarioIds: string[];
  passMark: string;
  dueDay: string;
  attemptsAllowed: string;
  personaKind: PersonaKind;
  mode: InputMode;
  /** Empty: each scenario at its own difficulty. */
  difficulty: AssignmentDifficulty | '';
}

/** A new assignment's starting values. */
export const EMPTY_DRAFT: AssignmentFormDraft = {
  title: '',
  note: '',
  scenarioIds: [],
  passMark: '70',
  dueDay: '',
  attemptsAllowed: '3',
  personaKind: 'scripted',
  mode: 'guided',
  difficulty: '',
};

/** The form filled with an existing assignment, to edit it. */
export function assignmentFormDraft(assignment: Assignment): AssignmentFormDraft {
  return {
    title: assignment.title,
    note: assignment.note ?? '',
    scenarioIds: [...assignment.scenarioIds],
    passMark: String(assignment.passMark),
    dueDay: assignment.dueDate ? localDayOf(assignment.dueDate) : '',
    attemptsAllowed: String(assignment.attemptsAllowed),
    personaKind: assignment.personaKind,
    mode: assignment.mode,
    difficulty: assignment.difficulty ?? '',
  };
}
