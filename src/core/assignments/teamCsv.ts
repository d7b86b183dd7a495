import type { TeamAssignment } from './buildTeamTable';

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break. Text that a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe.
 */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  let text = typeof value === 'string' ? value : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  if (typeof value === 'string' && /^[\s]*[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as RFC 4180 CSV text: CRLF line ends, a header row first. */
export function toCsv(rows: readonly (readonly (string | number | boolean | undefined)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The team table as CSV: one line per trainee and scenario; a series' best score is its series score, its attempts are runs played to the end. */
export function teamCsv(assignments: readonly TeamAssignment[]): string {
  const header = [
    'Assignment',
    'Assignment id',
    'Trainee',
    'Scenario',
    'Scenario id',
    'Best score',
    'Difficulty played',
    'Assigned difficulty',
    'Pass mark',
    'Attempts',
    'Attempts allowed',
    'Extra attempts',
    'Series runs in progress',
    'Passed',
    'Overdue',
    'Edited scores',
  ];
  const lines = assignments.flatMap(({ assignment, rows }) =>
    rows.map((row) => [
      assignment.title,
      assignment.id,
      row.trainee,
      row.scenarioTitle,
      row.scenarioId,
      row.best,
      row.difficulties.join(' / '),
      assignment.difficulty ?? "each scenario's own",
      assignment.passMark,
      row.attempts,
      assignment.attemptsAllowed,
      row.extra,
      row.inProgress,
      row.passed,
      row.overdue,
      row.flagged,
    ]),
  );
  return toCsv([header, ...lines]);
}
