import { ASSIGNMENT_LIMITS } from '../../core/assignments';
import type { ValidationError } from '../../core/scenario';

/** The manager form's label for each top-level field of an assignment. */
const LABELS: Record<string, string> = {
  '(root)': 'Assignment',
  title: 'Title',
  note: 'Note to trainees',
  scenarioIds: 'Scenarios',
  customScenarios: 'Custom scenarios',
  passMark: 'Pass mark',
  dueDate: 'Due date',
  attemptsAllowed: 'Attempts per scenario',
  personaKind: 'Customer',
  mode: 'How trainees speak',
  difficulty: 'Difficulty',
};

/** What to do about a problem in a field the manager typed, in their words rather than the file's. */
function advice(field: string, error: ValidationError): string {
  // The server's refusal to change a rule once calls were played says what to do itself.
  if (/^cannot change/.test(error.message)) return error.message;
  const tooLong = /too long/.test(error.message);
  switch (field) {
    case 'title':
      return tooLong ? `keep it to ${ASSIGNMENT_LIMITS.maxTitleChars} characters` : 'write a title';
    case 'note':
      return `keep it to ${ASSIGNMENT_LIMITS.maxNoteChars} characters`;
    case 'scenarioIds':
      return /too many/.test(error.message) ? `pick at most ${ASSIGNMENT_LIMITS.maxScenarios}` : 'pick at least one scenario';
    case 'passMark':
      return 'enter a whole number from 0 to 100';
    case 'attemptsAllowed':
      return `enter a whole number from 1 to ${ASSIGNMENT_LIMITS.maxAttempts}`;
    case 'dueDate':
      return 'pick a date';
    default:
      return error.message;
  }
}

/** A form problem as "Label: what to do"; deeper paths (inside a custom scenario) keep their path. */
export function assignmentFieldError(error: ValidationError): { field: string; label: string; message: string } {
  const [field = '', ...rest] = error.path.split('.');
  const label = LABELS[field] ?? field;
  if (rest.length > 0 && field !== 'scenarioIds') return { field, label: `${label} › ${rest.join('.')}`, message: error.message };
  return { field, label, message: advice(field, error) };
}
