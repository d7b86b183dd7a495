// The team server's API as the app uses it: an interface, so stores and tests can hand in their own.
import type {
  AssignmentChanges,
  AssignmentDraft,
  CallDetail,
  CallSummary,
  CallUpload,
  CoachingNote,
  CreatedInvite,
  Grid,
  InviteInfo,
  ManagedAssignment,
  Me,
  Member,
  MyAssignment,
  PendingInvite,
  Person,
  Progress,
  Role,
  Roster,
  TeamRef,
  TeamUsage,
  WeakSpot,
} from './teamApiTypes';

/** A refusal or failure, in the server's plain words; status 0 means the server could not be reached. */
export class TeamApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly problems: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'TeamApiError';
  }
}

export interface TeamApi {
  /** Who is signed in: null when nobody is; 'single-user' when this server has no team API. */
  me(): Promise<Me | null | 'single-user'>;
  setupNeeded(): Promise<boolean>;
  setup(body: { code: string; email: string; displayName: string; password: string }): Promise<void>;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  inviteInfo(token: string): Promise<InviteInfo>;
  acceptInvite(token: string, body: { email: string; displayName: string; password: string }): Promise<void>;
  teams(): Promise<TeamRef[]>;
  createTeam(name: string): Promise<TeamRef>;
  members(teamId: string): Promise<Member[]>;
  createInvite(role: Role, teamId: string | undefined): Promise<CreatedInvite>;
  /** The team's invites not used, withdrawn or expired yet, oldest first. */
  teamInvites(teamId: string): Promise<PendingInvite[]>;
  /** Withdraws an invite: its link stops working. */
  withdrawInvite(inviteId: string): Promise<void>;
  people(): Promise<{ defaultDailyTokens: number; users: Person[] }>;
  setBudget(userId: string, dailyTokens: number | null): Promise<void>;
  teamAssignments(teamId: string): Promise<ManagedAssignment[]>;
  createAssignment(teamId: string, draft: AssignmentDraft): Promise<ManagedAssignment>;
  /** Changes the fields sent; refused (409) for the scenarios and how they are played once a call was uploaded. */
  editAssignment(assignmentId: string, changes: AssignmentChanges): Promise<ManagedAssignment>;
  archiveAssignment(assignmentId: string): Promise<void>;
  grantAttempts(assignmentId: string, body: { traineeId: string; scenarioId: string; extraAttempts: number; reason: string }): Promise<Progress>;
  myAssignments(): Promise<MyAssignment[]>;
  myCalls(): Promise<CallSummary[]>;
  uploadCall(call: CallUpload): Promise<{ stored: 'created' | 'existing' }>;
  traineeCalls(traineeId: string): Promise<CallSummary[]>;
  call(callId: string): Promise<CallDetail>;
  addNote(callId: string, turn: number, text: string): Promise<CoachingNote>;
  overrideVerdict(callId: string, body: { principleId: string; verdict: 'met' | 'missed' | 'n/a'; reason: string }): Promise<void>;
  roster(teamId: string): Promise<Roster>;
  grid(teamId: string): Promise<Grid>;
  weakSpots(teamId: string): Promise<WeakSpot[]>;
  usage(teamId: string): Promise<TeamUsage>;
}
