// Where calls waiting to upload are kept between page loads: localStorage in the app, memory in tests.
import { readText, writeText } from '../storage/localSlots';
import { STORAGE_KEYS } from '../storage/storageAreas';
import type { CallUpload } from './teamApiTypes';

/** A finished call waiting for the server, for one signed-in person. */
export interface OutboxEntry {
  userId: string;
  /** Who that is, for "Waiting for <name> to sign in" while someone else (or nobody) is signed in. */
  userName?: string;
  upload: CallUpload;
  /** Why the server refused it for good (it is kept, not retried). */
  refused?: string;
}

/** Who was signed in when a call started, so a call finished after the session ended still goes to them. */
export interface CallOwner {
  callId: string;
  userId: string;
  userName: string;
  /** The call's assignment when it was one of theirs, else null (practice). */
  assignmentId: string | null;
  /** Whether they shared practice calls when it started. */
  sharePractice: boolean;
}

/** A call finished while nobody was signed in: kept here and uploaded only once someone signed in says it is theirs. */
export interface UnclaimedCall {
  /** The call as it would upload; `assignmentId` is the one it was played under, checked against the claimant's own. */
  upload: CallUpload;
  /** Who said it is not theirs: they are not asked about it again. */
  leftBy: string[];
}

export const OUTBOX_VERSION = 2;

export interface OutboxData {
  version: typeof OUTBOX_VERSION;
  entries: OutboxEntry[];
  /** Ids of calls the server has confirmed, newest last (a few hundred at most). */
  uploaded: string[];
  /** Whether practice calls (outside assignments) upload too. */
  sharePractice: boolean;
  /** Calls under way (or finished before being queued), with who started them; a few at most. */
  owners: CallOwner[];
  /** Calls finished while nobody was signed in, oldest first; the last few only. */
  unclaimed: UnclaimedCall[];
}

export interface OutboxStorage {
  load(): OutboxData;
  /** False when it could not be kept (storage full): the queue lives on in memory. */
  save(data: OutboxData): boolean;
}

/** A named, one-step upgrade of the saved outbox from `from` to `from + 1`. */
export interface OutboxMigration {
  name: string;
  from: number;
  up(data: Record<string, unknown>): Record<string, unknown>;
}

/** Every upgrade the saved outbox has needed, in order. Never edit a shipped one: add a new one. */
export const OUTBOX_MIGRATIONS: readonly OutboxMigration[] = [{ name: 'add-unclaimed-calls', from: 1, up: (data) => ({ ...data, unclaimed: [], version: 2 }) }];

export const EMPTY_OUTBOX: OutboxData = { version: OUTBOX_VERSION, entries: [], uploaded: [], sharePractice: false, owners: [], unclaimed: [] };

const isOwner = (o: Partial<CallOwner> | null): o is CallOwner =>
  typeof o?.callId === 'string' &&
  typeof o.userId === 'string' &&
  typeof o.userName === 'string' &&
  (o.assignmentId === null || typeof o.assignmentId === 'string');

const isUnclaimed = (u: Partial<UnclaimedCall> | null): u is UnclaimedCall =>
  typeof u?.upload?.id === 'string' && typeof u.upload.scenarioTitle === 'string' && typeof u.upload.endedAt === 'string';

/** Applies the migrations saved data needs, in order; undefined for a version this one does not know. */
function migrateOutbox(data: Record<string, unknown>): Record<string, unknown> | undefined {
  let current = data;
  for (const migration of OUTBOX_MIGRATIONS) if (current.version === migration.from) current = migration.up(current);
  return current.version === OUTBOX_VERSION ? current : undefined;
}

/** Reads forgivingly: anything unexpected starts an empty outbox rather than breaking the app. */
function readOutbox(text: string | null): OutboxData {
  if (!text) return EMPTY_OUTBOX;
  try {
    const parsed = JSON.parse(text) as Record<string, unknown> | null;
    const data = parsed && typeof parsed === 'object' ? (migrateOutbox(parsed) as Partial<OutboxData> | undefined) : undefined;
    if (!data) return EMPTY_OUTBOX;
    const entries = Array.isArray(data.entries) ? data.entries.filter((e) => typeof e?.userId === 'string' && typeof e?.upload?.id === 'string') : [];
    const uploaded = Array.isArray(data.uploaded) ? data.uploaded.filter((id): id is string => typeof id === 'string') : [];
    const owners = Array.isArray(data.owners) ? data.owners.filter(isOwner).map((o) => ({ ...o, sharePractice: o.sharePractice === true })) : [];
    const unclaimed = Array.isArray(data.unclaimed)
      ? data.unclaimed.filter(isUnclaimed).map((u) => ({ ...u, leftBy: Array.isArray(u.leftBy) ? u.leftBy.filter((id) => typeof id === 'string') : [] }))
      : [];
    return { version: OUTBOX_VERSION, entries, uploaded, sharePractice: data.sharePractice === true, owners, unclaimed };
  } catch {
    return EMPTY_OUTBOX;
  }
}

export const localOutboxStorage: OutboxStorage = {
  load: () => readOutbox(readText(STORAGE_KEYS.teamOutbox)),
  save: (data) => writeText(STORAGE_KEYS.teamOutbox, JSON.stringify(data)),
};

/** An outbox in memory, for tests. */
export function memoryOutboxStorage(initial: OutboxData = EMPTY_OUTBOX): OutboxStorage & { data: OutboxData } {
  const box = {
    data: initial,
    load: () => box.data,
    save: (data: OutboxData) => ((box.data = data), true),
  };
  return box;
}
