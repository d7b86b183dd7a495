// The team database's tables as Kysely sees them. Times go in as ISO strings and come out as Dates;
// JSON goes in as text (so both drivers send it alike) and comes out parsed.
import type { ColumnType, Generated } from 'kysely';
import type { Assignment, Report, Transcript } from '../../../core';

type Timestamp = ColumnType<Date, string, string>;
type Json<T> = ColumnType<T, string, string>;

/** A person's role: admins create teams, managers run theirs, trainees see their own work. */
export type Role = 'admin' | 'manager' | 'trainee';

export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string;
  /** Tokens a UTC day through the model proxy; null: the server's default. */
  daily_token_budget: number | null;
  created_at: Timestamp;
}

export interface TeamsTable {
  id: string;
  name: string;
  created_at: Timestamp;
}

export interface TeamMembersTable {
  team_id: string;
  user_id: string;
  added_at: Timestamp;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a copy of the database cannot sign anyone in. */
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface InvitesTable {
  id: string;
  token_hash: string;
  role: Role;
  team_id: string | null;
  created_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  used_by: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface AssignmentsTable {
  id: string;
  team_id: string;
  created_by: string;
  created_at: Timestamp;
  archived_at: Timestamp | null;
  /** The last edit of its rules (migration 0002); null until it is edited. */
  updated_at: ColumnType<Date | null, string | null | undefined, string | null>;
  updated_by: ColumnType<string | null, string | null | undefined, string | null>;
  /** The assignment exactly as the file format has it, custom scenarios included. */
  definition: Json<Assignment>;
}

export interface AttemptGrantsTable {
  id: string;
  assignment_id: string;
  trainee_id: string;
  scenario_id: string;
  extra_attempts: number;
  reason: string;
  granted_by: string;
  created_at: Timestamp;
}

export interface CallsTable {
  id: string;
  trainee_id: string;
  assignment_id: string | null;
  team_id: string | null;
  scenario_id: string;
  scenario_title: string;
  started_at: Timestamp;
  ended_at: Timestamp;
  persona_kind: 'scripted' | 'llm';
  mode: 'guided' | 'free';
  transcript: Json<Transcript>;
  /** The server's own report, scored from the transcript. */
  report: Json<Report>;
  /** Hash of what was uploaded (transcript and metadata): the same id with other content is refused. */
  content_hash: string;
  /** Hash of the transcript alone: the same transcript under two trainees is flagged. */
  transcript_hash: string;
  /** The report the client sent disagreed with the server's. */
  client_report_differs: boolean;
  source: 'upload' | 'import';
  received_at: Timestamp;
  seq: Generated<number>;
}

export interface CoachingNotesTable {
  id: string;
  call_id: string;
  turn: number;
  author_id: string;
  text: string;
  created_at: Timestamp;
}

export interface VerdictOverridesTable {
  id: string;
  call_id: string;
  principle_id: string;
  original_verdict: string;
  original_score: number;
  verdict: string;
  score: number;
  reason: string;
  author_id: string;
  created_at: Timestamp;
}

export interface LlmUsageTable {
  user_id: string;
  /** The UTC day, `2026-05-04`. */
  day: string;
  tokens: number;
  requests: number;
}

/** Every table of the team database. */
export interface TeamDatabase {
  users: UsersTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  sessions: SessionsTable;
  invites: InvitesTable;
  settings: SettingsTable;
  assignments: AssignmentsTable;
  attempt_grants: AttemptGrantsTable;
  calls: CallsTable;
  coaching_notes: CoachingNotesTable;
  verdict_overrides: VerdictOverridesTable;
  llm_usage: LlmUsageTable;
}
