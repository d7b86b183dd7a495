import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createCallFinishSlice } from './callFinishSlice';
import { createCallFlowSlice } from './callFlowSlice';
import { ONGOING_PHASES, type CallData, type CallState } from './callState';

/** The part of the call store that survives a reload. */
type SavedCall = Pick<CallData, 'phase' | 'session' | 'pendingRecord' | 'finishedRecordId' | 'plan'>;

/** Where the call in progress is kept between page loads. */
export const CALL_STORAGE_KEY = 'dialed-in.call';

/** What a reload finds: a call that was going on waits to be resumed; anything unreadable is dropped, not fatal. */
export function restoreSavedCall(saved: unknown): Partial<CallData> {
  const data = (saved ?? {}) as Partial<SavedCall>;
  const plan = data.plan && typeof data.plan === 'object' && typeof data.plan.scenarioId === 'string' ? { plan: data.plan } : {};
  return { ...restoreSession(data), ...plan };
}

function restoreSession(data: Partial<SavedCall>): Partial<CallData> {
  const session = data.session && typeof data.session === 'object' && Array.isArray(data.session.turns) ? data.session : undefined;
  const pendingRecord = data.pendingRecord && typeof data.pendingRecord === 'object' ? data.pendingRecord : undefined;
  if (pendingRecord) return { phase: 'saving', session, pendingRecord };
  if (!session) return { phase: 'idle' };
  if (data.phase === 'ending' && session.endReason) return { phase: 'ending', session };
  if (data.phase && ONGOING_PHASES.includes(data.phase)) return { phase: 'interrupted', session };
  return { phase: 'idle' };
}

/** The call-in-progress store: the session is written to localStorage on every turn. */
export const useCallStore = create<CallState>()(
  persist(
    (...a) => ({
      phase: 'idle',
      ...createCallFlowSlice(...a),
      ...createCallFinishSlice(...a),
    }),
    {
      name: CALL_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ phase, session, pendingRecord, finishedRecordId, plan }): SavedCall => ({ phase, session, pendingRecord, finishedRecordId, plan }),
      merge: (saved, current) => ({ ...current, ...restoreSavedCall(saved) }),
    },
  ),
);
