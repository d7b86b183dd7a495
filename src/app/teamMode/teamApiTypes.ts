// What the team server's API sends back, as the browser uses it (see src/server/team/routes/).
import type { Assignment, AssignmentEdit } from '../../core/assignments';
import type { Report } from '../../core/scoring';
import type { Transcript } from '../../core';

export type Role = 'admin' | 'manager' | 'trainee';
export type TeamStatus = 'not-started' | 'in-progress' | 'passed' | 'failed' | 'overdue';

export interface TeamUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
}

export interface TeamRef {
  id: string;
  name: string;
}

export interface Me {
  user: TeamUser;
  csrfToken: string;
  teams: TeamRef[];
}

export interface InviteInfo {
  role: Role;
  team: TeamRef | null;
  expiresAt: string;
}

/** An invite not used, withdrawn or expired yet; its link is not among its fields, since the server keeps only the token's hash. */
export interface PendingInvite {
  id: string;
  role: Role;
  createdBy: string;
  createdByName: string;
  createdAt: string;
  expiresAt: string;
}

export interface CreatedInvite {
  url: string;
  invite: PendingInvite & { teamId: string | null };
}

export interface Member {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  addedAt: string;
}

export interface Person {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  dailyTokenBudget: number | null;
  createdAt: string;
}

export interface ScenarioStanding {
  scenarioId: string;
  state: 'not-started' | 'open' | 'passed' | 'failed';
  attemptsAllowed: number;
  attempts: number;
  attemptsLeft: number;
  extraAttempts: number;
  best: number | null;
  canPlay: boolean;
  /** A series run under way; older servers leave it out. */
  runInProgress?: { callIds: string[]; startedAt: string; next: number; total: number; nextCallId: string } | null;
}

export interface Progress {
  status: TeamStatus;
  scenarios: ScenarioStanding[];
  countedCallIds: string[];
  lastActivity: string | null;
}

export interface ServerAssignment {
  id: string;
  teamId: string;
  createdAt: string;
  archivedAt: string | null;
  /** When a manager last changed its rules; null if never. */
  updatedAt: string | null;
  assignment: Assignment;
}

/** An assignment as its managers see it: with the number of calls stored under it (its play rules are fixed once there is one). */
export interface ManagedAssignment extends ServerAssignment {
  callCount: number;
}

/** The fields a PATCH changes: only those sent; null removes an optional one. */
export type AssignmentChanges = AssignmentEdit;

export interface MyAssignment extends ServerAssignment {
  progress: Progress;
}

export interface CallSummary {
  id: string;
  traineeId: string;
  assignmentId: string | null;
  teamId: string | null;
  scenarioId: string;
  scenarioTitle: string;
  startedAt: string;
  endedAt: string;
  receivedAt: string;
  personaKind: 'scripted' | 'llm';
  mode: 'guided' | 'free';
  source: string;
  overall: number;
  originalOverall: number;
  overridden: boolean;
  clientReportDiffers: boolean;
  sameTranscript: { count: number; visible: { callId: string; traineeId: string }[] };
  counted?: boolean;
}

export interface CoachingNote {
  id: string;
  turn: number;
  text: string;
  authorId: string;
  authorName: string;
  createdAt: string;
}

export interface VerdictOverride {
  id: string;
  principleId: string;
  originalVerdict: string;
  originalScore: number;
  verdict: string;
  score: number;
  reason: string;
  authorName?: string;
  createdAt: string;
}

export interface CallDetail {
  call: CallSummary;
  trainee: { id: string; displayName: string };
  transcript: Transcript;
  report: Report;
  originalReport: Report;
  overrides: VerdictOverride[];
  notes: CoachingNote[];
}

export interface RosterTrainee {
  id: string;
  displayName: string;
  email: string;
  status: TeamStatus;
  assignments: ({ assignmentId: string } & Progress)[];
}

export interface Roster {
  team: TeamRef;
  assignments: { id: string; title: string; dueDate: string | null; passMark: number; scenarioIds: string[] }[];
  trainees: RosterTrainee[];
}

export interface GridCell {
  applied: number;
  missed: number;
  meanScore: number | null;
  trend: (number | null)[];
  direction: 'up' | 'down' | 'flat' | null;
}

export interface Grid {
  team: TeamRef;
  principles: string[];
  assignments: { id: string; title: string; createdAt: string }[];
  trainees: { id: string; displayName: string; cells: Record<string, GridCell> }[];
}

export interface WeakSpot {
  principleId: string;
  applied: number;
  missed: number;
  missRate: number;
  weightedMissRate: number;
  meanScore: number;
  traineeIds: string[];
}

export interface TeamUsage {
  today: string;
  people: { userId: string; displayName: string; role: Role; dailyBudget: number; usedToday: number }[];
}

/** A call as uploaded: the saved record's fields and the assignment it was played under. */
export interface CallUpload {
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  startedAt: string;
  endedAt: string;
  personaKind: 'scripted' | 'llm';
  mode: 'guided' | 'free';
  transcript: Transcript;
  report: Report;
  assignmentId: string | null;
  /** A series call's run: the transcripts of the calls before it, oldest first (the server scores it after them). */
  earlierTranscripts?: Transcript[];
}

/** The assignment fields a manager sets; the server adds kind, schemaVersion, id and createdAt. */
export type AssignmentDraft = Omit<Assignment, 'kind' | 'schemaVersion' | 'id' | 'createdAt'>;
