import type { StateCreator } from 'zustand';
import type { CallRecord } from '../../../core/history';
import type { Transcript } from '../../../core';
import { OUTBOX_VERSION, type CallOwner, type OutboxEntry, type UnclaimedCall } from '../outboxStorage';
import { TeamApiError } from '../teamApi';
import type { CallUpload } from '../teamApiTypes';
import type { TeamContext, TeamState, UploadSlice } from '../teamState';

/** How many confirmed ids are remembered for the "uploaded" mark. */
const KEEP_UPLOADED = 300;
/** How many started calls remember who started them (calls abandoned without finishing fall off). */
const KEEP_OWNERS = 20;
/** How many calls finished while nobody was signed in are kept for someone to claim (the oldest fall off). */
export const KEEP_UNCLAIMED = 20;

/** Worth trying again later: offline, the server busy or down, or the session gone (until the next sign-in). */
const retryable = (error: unknown) =>
  !(error instanceof TeamApiError) || error.status === 0 || error.status === 401 || error.status === 403 || error.status === 429 || error.status >= 500;

function uploadOf(record: CallRecord, assignmentId: string | null, earlierTranscripts: readonly Transcript[] = []): CallUpload {
  const { id, scenarioId, scenarioTitle, startedAt, endedAt, personaKind, mode, transcript, report } = record;
  return {
    id,
    scenarioId,
    scenarioTitle,
    startedAt,
    endedAt,
    personaKind,
    mode,
    transcript,
    report,
    assignmentId,
    ...(earlierTranscripts.length > 0 ? { earlierTranscripts: [...earlierTranscripts] } : {}),
  };
}

/** Finished calls queued in storage and sent when the server can be reached; the server's id check makes resends safe. */
export const createUploadSlice =
  (ctx: TeamContext): StateCreator<TeamState, [], [], UploadSlice> =>
  (set, get) => {
    const { api, outbox } = ctx.deps;
    const saved = outbox.load();
    const persist = () => {
      const { outbox: entries, uploaded, sharePractice, callOwners: owners, unclaimed } = get();
      set({ outboxKept: outbox.save({ version: OUTBOX_VERSION, entries, uploaded, sharePractice, owners, unclaimed }) });
    };
    const settle = (id: string, change: Partial<OutboxEntry> | 'done') => {
      set((s) => ({
        outbox: change === 'done' ? s.outbox.filter((e) => e.upload.id !== id) : s.outbox.map((e) => (e.upload.id === id ? { ...e, ...change } : e)),
        uploaded: change === 'done' ? [...s.uploaded.filter((u) => u !== id), id].slice(-KEEP_UPLOADED) : s.uploaded,
      }));
      persist();
    };
    /** The signed-in trainee as the owner of a call, deciding by their assignments and practice choice now. */
    const ownerNow = (callId: string, assignmentId: string | undefined): CallOwner | undefined => {
      const { me, myAssignments, sharePractice } = get();
      if (me?.user.role !== 'trainee') return undefined;
      const assigned = assignmentId !== undefined && myAssignments.some((a) => a.id === assignmentId);
      return { callId, userId: me.user.id, userName: me.user.displayName, assignmentId: assigned ? assignmentId : null, sharePractice };
    };
    /** Changes the unclaimed calls named, dropping those `change` returns undefined for. */
    const editUnclaimed = (callIds: readonly string[], change: (call: UnclaimedCall) => UnclaimedCall | undefined) => {
      set((s) => ({ unclaimed: s.unclaimed.flatMap((u) => (callIds.includes(u.upload.id) ? (change(u) ?? []) : [u])) }));
      persist();
    };
    async function flushOnce(): Promise<void> {
      const tried = new Set<string>();
      for (;;) {
        const userId = get().me?.user.id;
        // Read the queue afresh each time: a call finished while one is uploading goes in this run, not 20 s later.
        const entry = userId && get().outbox.find((e) => e.userId === userId && !e.refused && !tried.has(e.upload.id));
        if (!entry) return;
        tried.add(entry.upload.id);
        try {
          await api.uploadCall(entry.upload);
          settle(entry.upload.id, 'done');
        } catch (error) {
          // The session ended: the call stays queued, and the page learns nobody is signed in any more.
          if (error instanceof TeamApiError && error.status === 401)
            await get()
              .refreshSession()
              .catch(() => undefined);
          if (retryable(error)) return;
          settle(entry.upload.id, { refused: error instanceof Error ? error.message : String(error) });
        }
      }
    }
    return {
      outbox: saved.entries,
      uploaded: saved.uploaded,
      sharePractice: saved.sharePractice,
      callOwners: saved.owners,
      unclaimed: saved.unclaimed,
      outboxKept: true,
      callStarted(callId, assignmentId) {
        const owner = ownerNow(callId, assignmentId);
        // The first word wins: a call restored after a reload keeps the person who started it.
        if (!owner || get().callOwners.some((o) => o.callId === callId)) return;
        set((s) => ({ callOwners: [...s.callOwners, owner].slice(-KEEP_OWNERS) }));
        persist();
      },
      callFinished(record, earlierTranscripts) {
        const { outbox: entries, uploaded, callOwners, unclaimed, me, mode, sharePractice } = get();
        if (entries.some((e) => e.upload.id === record.id) || uploaded.includes(record.id) || unclaimed.some((u) => u.upload.id === record.id)) return;
        const started = callOwners.find((o) => o.callId === record.id);
        const now = ownerNow(record.id, record.assignmentId);
        // Nobody to give it to: kept for whoever signs in to claim, never sent under a session by itself.
        if (!started && !me && mode === 'team' && (record.assignmentId !== undefined || sharePractice)) {
          const call = { upload: uploadOf(record, record.assignmentId ?? null, earlierTranscripts), leftBy: [] };
          set({ unclaimed: [...unclaimed, call].slice(-KEEP_UNCLAIMED) });
          persist();
          return;
        }
        // Whoever started the call owns it, even when they signed out (or someone else signed in) before it ended.
        const owner = started && started.userId !== now?.userId ? started : (now ?? started);
        if (started) set({ callOwners: callOwners.filter((o) => o !== started) });
        const shared = owner && (owner.assignmentId !== null || (owner.sharePractice && record.assignmentId === undefined));
        if (owner && shared)
          set({ outbox: [...entries, { userId: owner.userId, userName: owner.userName, upload: uploadOf(record, owner.assignmentId, earlierTranscripts) }] });
        if (started || shared) persist();
        if (shared) void get().flushUploads();
      },
      flushUploads() {
        ctx.flushing ??= flushOnce().finally(() => {
          ctx.flushing = undefined;
          // A call uploaded changes the trainee's attempts and status.
          if (get().me?.user.role === 'trainee') void get().loadMine();
        });
        return ctx.flushing;
      },
      claimCalls(callIds) {
        const { me, myAssignments, mineLoaded, mineError, unclaimed } = get();
        if (me?.user.role !== 'trainee') return;
        // Their own assignment's call counts toward it; any other (an assignment file's, another team's) uploads as practice.
        const known = mineLoaded && !mineError;
        const assignmentOf = (id: string | null) => (id !== null && known && !myAssignments.some((a) => a.id === id) ? null : id);
        const claimed = unclaimed
          .filter((u) => callIds.includes(u.upload.id))
          .map((u) => ({ userId: me.user.id, userName: me.user.displayName, upload: { ...u.upload, assignmentId: assignmentOf(u.upload.assignmentId) } }));
        if (claimed.length === 0) return;
        set((s) => ({ outbox: [...s.outbox, ...claimed] }));
        editUnclaimed(
          claimed.map((c) => c.upload.id),
          () => undefined,
        );
        void get().flushUploads();
      },
      leaveCalls(callIds) {
        const userId = get().me?.user.id;
        if (userId) editUnclaimed(callIds, (u) => ({ ...u, leftBy: [...u.leftBy.filter((id) => id !== userId), userId] }));
      },
      discardCalls(callIds) {
        editUnclaimed(callIds, () => undefined);
      },
      setSharePractice(on) {
        set({ sharePractice: on });
        persist();
      },
    };
  };
