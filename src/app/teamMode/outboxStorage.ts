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

export interface OutboxData {
  version: 1;
  entries: OutboxEntry[];
  /** Ids of calls the server has confirmed, newest last (a few hundred at most). */
  uploaded: string[];
  /** Whether practice calls (outside assignments) upload too. */
  sharePractice: boolean;
  /** Calls under way (or finished before being queued), with who started them; a few at most. */
  owners: CallOwner[];
}

export interface OutboxStorage {
  load(): OutboxData;
  /** False when it could not be kept (storage full): the queue lives on in memory. */
  save(data: OutboxData): boolean;
}

export const EMPTY_OUTBOX: OutboxData = { version: 1, entries: [], uploaded: [], sharePractice: false, owners: [] };

const isOwner = (o: Partial<CallOwner> | null): o is CallOwner =>
  typeof o?.callId === 'string' &&
  typeof o.userId === 'string' &&
  typeof o.userName === 'string' &&
  (o.assignmentId === null || typeof o.assignmentId === 'string');

/** Reads forgivingly: anything unexpected starts an empty outbox rather than breaking the app. */
function readOutbox(text: string | null): OutboxData {
  if (!text) return EMPTY_OUTBOX;
  try {
    const data = JSON.parse(text) as Partial<OutboxData>;
    if (data.version !== 1) return EMPTY_OUTBOX;
    const entries = Array.isArray(data.entries) ? data.entries.filter((e) => typeof e?.userId === 'string' && typeof e?.upload?.id === 'string') : [];
    const uploaded = Array.isArray(data.uploaded) ? data.uploaded.filter((id): id is string => typeof id === 'string') : [];
    const owners = Array.isArray(data.owners) ? data.owners.filter(isOwner).map((o) => ({ ...o, sharePractice: o.sharePractice === true })) : [];
    return { version: 1, entries, uploaded, sharePractice: data.sharePractice === true, owners };
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
