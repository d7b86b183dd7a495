import type { StateCreator } from 'zustand';
import { attempt } from '../failureOf';
import { TeamApiError } from '../teamApi';
import type { ReviewSlice, TeamContext, TeamState } from '../teamState';

/** One call as the server keeps it, with its coaching notes and overrides; managers add both. */
export const createReviewSlice =
  (ctx: TeamContext): StateCreator<TeamState, [], [], ReviewSlice> =>
  (set, get) => {
    const { api } = ctx.deps;
    return {
      calls: {},
      async loadCall(callId) {
        try {
          const detail = await api.call(callId);
          set((s) => ({ calls: { ...s.calls, [callId]: detail } }));
        } catch (error) {
          const status = error instanceof TeamApiError ? error.status : 0;
          // Keep what was shown when a refresh fails for a passing reason.
          if (status !== 0 || !(callId in get().calls)) set((s) => ({ calls: { ...s.calls, [callId]: { error: (error as Error).message, status } } }));
        }
      },
      addNote: (callId, turn, text) => attempt(async () => (await api.addNote(callId, turn, text), await get().loadCall(callId))),
      overrideVerdict: (callId, body) => attempt(async () => (await api.overrideVerdict(callId, body), await get().loadCall(callId))),
    };
  };
