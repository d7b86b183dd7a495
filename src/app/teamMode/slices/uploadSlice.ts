import type { StateCreator } from 'zustand';
import type { CallRecord } from '../../../core/history';
import type { Transcript } from '../../../core';
import type { OutboxEntry } from '../outboxStorage';
import { TeamApiError } from '../teamApi';
import type { CallUpload } from '../teamApiTypes';
import type { TeamContext, TeamState, UploadSlice } from '../teamState';

/** How many confirmed ids are remembered for the "uploaded" mark. */
const KEEP_UPLOADED = 300;

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
      const { outbox: entries, uploaded, sharePractice } = get();
      set({ outboxKept: outbox.save({ version: 1, entries, uploaded, sharePractice }) });
    };
    const settle = (id: string, change: Partial<OutboxEntry> | 'done') => {
      set((s) => ({
        outbox: change === 'done' ? s.outbox.filter((e) => e.upload.id !== id) : s.outbox.map((e) => (e.upload.id === id ? { ...e, ...change } : e)),
        uploaded: change === 'done' ? [...s.uploaded.filter((u) => u !== id), id].slice(-KEEP_UPLOADED) : s.uploaded,
      }));
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
          if (retryable(error)) return;
          settle(entry.upload.id, { refused: error instanceof Error ? error.message : String(error) });
        }
      }
    }
    return {
      outbox: saved.entries,
      uploaded: saved.uploaded,
      sharePractice: saved.sharePractice,
      outboxKept: true,
      callFinished(record, earlierTranscripts) {
        const { me, myAssignments, sharePractice, outbox: entries, uploaded } = get();
        if (me?.user.role !== 'trainee') return;
        if (entries.some((e) => e.upload.id === record.id) || uploaded.includes(record.id)) return;
        const assigned = record.assignmentId !== undefined && myAssignments.some((a) => a.id === record.assignmentId);
        if (!assigned && !(sharePractice && record.assignmentId === undefined)) return;
        set({ outbox: [...entries, { userId: me.user.id, upload: uploadOf(record, assigned ? record.assignmentId! : null, earlierTranscripts) }] });
        persist();
        void get().flushUploads();
      },
      flushUploads() {
        ctx.flushing ??= flushOnce().finally(() => {
          ctx.flushing = undefined;
          // A call uploaded changes the trainee's attempts and status.
          if (get().me?.user.role === 'trainee') void get().loadMine();
        });
        return ctx.flushing;
      },
      setSharePractice(on) {
        set({ sharePractice: on });
        persist();
      },
    };
  };
