// The public face of src/core/assignments: assignments, results files and the team table.
export { LinkTooLargeError, decodeAssignmentLink, encodeAssignmentLink } from './assignmentLink';
export type { LinkCodec } from './assignmentLink';
export { ASSIGNMENT_DIFFICULTIES, ASSIGNMENT_LIMITS } from './assignmentSchema';
export type { Assignment, AssignmentDifficulty, InputMode, PersonaKind } from './assignmentSchema';
export { STATUS_LABELS, assignmentStatus, canPlay } from './assignmentStatus';
export type { AssignmentProgress, AssignmentStatus, ScenarioProgress } from './assignmentStatus';
export { buildResultsFile, resultsFileText } from './buildResultsFile';
export { buildTeamTable } from './buildTeamTable';
export type { TeamAssignment, TeamRow } from './buildTeamTable';
export { assignedDifficulty, assignmentFileText, createAssignment } from './createAssignment';
export { RESULTS_LIMITS } from './resultsSchema';
export { teamCsv } from './teamCsv';
export { parseAssignmentText, validateAssignment } from './validateAssignment';
export { parseResultsText, validateResults } from './validateResults';
export { verifyResults } from './verifyResults';
export type { CheckedResults, ScoreFn } from './verifyResults';
export { weakSpots } from './weakSpots';
export type { WeakSpot } from './weakSpots';
