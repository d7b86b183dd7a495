import type { CallRecord } from '../../core/history';
import type { Transcript } from '../../core';
import type { CallOwner, OutboxEntry, OutboxStorage, UnclaimedCall } from './outboxStorage';
import type { TeamApi } from './teamApi';
import type {
  AssignmentChanges,
  AssignmentDraft,
  CallDetail,
  CallSummary,
  CreatedInvite,
  Grid,
  InviteInfo,
  ManagedAssignment,
  Me,
  Member,
  MyAssignment,
  PendingInvite,
  Person,
  Role,
  Roster,
  TeamRef,
  TeamUsage,
  WeakSpot,
} from './teamApiTypes';

/** What the team store needs from outside: the API and where waiting uploads are kept. */
export interface TeamDeps {
  api: TeamApi;
  outbox: OutboxStorage;
}

/** Shared by the slices, outside React state. */
export interface TeamContext {
  deps: TeamDeps;
  flushing?: Promise<void>;
}

/** An action's outcome for a form: undefined when it worked, else the server's sentence and field problems. */
export interface Failure {
  message: string;
  problems: { path: string; message: string }[];
}

export interface SessionSlice {
  /** 'checking' until the server has answered; 'single-user' on `npm start` (nothing about accounts shows). */
  mode: 'checking' | 'single-user' | 'team';
  setupNeeded: boolean;
  me?: Me;
  /** Asks the server who is signed in; decides the mode on the first call. */
  refreshSession(): Promise<void>;
  setup(body: { code: string; email: string; displayName: string; password: string }): Promise<Failure | undefined>;
  signIn(email: string, password: string): Promise<Failure | undefined>;
  /** What an invite link offers (role and team), or why it cannot be used. */
  readInvite(token: string): Promise<InviteInfo | Failure>;
  acceptInvite(token: string, body: { email: string; displayName: string; password: string }): Promise<Failure | undefined>;
  signOut(): Promise<void>;
}

export interface UploadSlice {
  outbox: OutboxEntry[];
  uploaded: string[];
  sharePractice: boolean;
  /** Who started each call under way, so its upload waits for them if their session ends first. */
  callOwners: CallOwner[];
  /** Calls finished while nobody was signed in: kept, never uploaded until someone signed in claims them. */
  unclaimed: UnclaimedCall[];
  /** False while the outbox cannot be kept in storage. */
  outboxKept: boolean;
  /** Remembers the signed-in trainee (and whether the call is theirs to share) as the owner of a call just started. */
  callStarted(callId: string, assignmentId?: string): void;
  /** Queues a finished call for whoever started it when it belongs on the server (an assignment's, or practice when shared); a series call with the calls before it. Finished while nobody is signed in, it is kept unclaimed. */
  callFinished(record: CallRecord, earlierTranscripts?: Transcript[]): void;
  /** The signed-in trainee says these unclaimed calls are theirs: they upload under them. */
  claimCalls(callIds: readonly string[]): void;
  /** The signed-in person says these unclaimed calls are not theirs: kept, not uploaded, and not asked about again. */
  leaveCalls(callIds: readonly string[]): void;
  /** Drops unclaimed calls from the queue for good (the calls stay in this browser's History). */
  discardCalls(callIds: readonly string[]): void;
  /** Sends what waits for the signed-in person; one run at a time. */
  flushUploads(): Promise<void>;
  setSharePractice(on: boolean): void;
}

export interface TraineeSlice {
  myAssignments: MyAssignment[];
  myCalls: CallSummary[];
  mineLoaded: boolean;
  mineError?: string;
  loadMine(): Promise<void>;
}

/** A team's live view, as last fetched. */
export interface Dashboard {
  roster?: Roster;
  grid?: Grid;
  weakSpots?: WeakSpot[];
  assignments?: ManagedAssignment[];
  members?: Member[];
  usage?: TeamUsage;
  error?: string;
}

export interface ManagerSlice {
  teams: TeamRef[];
  people?: { defaultDailyTokens: number; users: Person[] };
  dashboards: Record<string, Dashboard>;
  traineeCalls: Record<string, CallSummary[]>;
  adminError?: string;
  loadAdmin(): Promise<void>;
  createTeam(name: string): Promise<Failure | undefined>;
  setBudget(userId: string, dailyTokens: number | null): Promise<Failure | undefined>;
  loadDashboard(teamId: string): Promise<void>;
  createAssignment(teamId: string, draft: AssignmentDraft): Promise<Failure | undefined>;
  /** Sends the changed fields, then refreshes the team's views so every status follows the new rules. */
  editAssignment(teamId: string, assignmentId: string, changes: AssignmentChanges): Promise<Failure | undefined>;
  archiveAssignment(teamId: string, assignmentId: string): Promise<Failure | undefined>;
  grantAttempts(
    teamId: string,
    assignmentId: string,
    body: { traineeId: string; scenarioId: string; extraAttempts: number; reason: string },
  ): Promise<Failure | undefined>;
  loadTraineeCalls(traineeId: string): Promise<void>;
}

/** A team's pending invites as last fetched: no `invites` until the first answer, `error` when the last fetch failed. */
export interface TeamInvites {
  invites?: PendingInvite[];
  error?: string;
}

export interface InviteSlice {
  teamInvites: Record<string, TeamInvites>;
  /** Makes an invite link; one for a team joins that team's pending list at once. */
  invite(role: Role, teamId: string | undefined): Promise<CreatedInvite | Failure>;
  loadInvites(teamId: string): Promise<void>;
  /** Withdraws an invite and drops it from the team's list; a failure is returned for the row to show, `gone` when it was no longer pending and left the list. */
  withdrawInvite(teamId: string, inviteId: string): Promise<(Failure & { gone: boolean }) | undefined>;
}

export interface ReviewSlice {
  calls: Record<string, CallDetail | { error: string; status: number }>;
  loadCall(callId: string): Promise<void>;
  addNote(callId: string, turn: number, text: string): Promise<Failure | undefined>;
  overrideVerdict(callId: string, body: { principleId: string; verdict: 'met' | 'missed' | 'n/a'; reason: string }): Promise<Failure | undefined>;
}

export type TeamState = SessionSlice & UploadSlice & TraineeSlice & ManagerSlice & InviteSlice & ReviewSlice;
