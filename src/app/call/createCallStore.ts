import { create, type Mutate, type StoreApi, type UseBoundStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { guardedStorage, type SavedRead } from '../storage/guardedStorage';
import { STORAGE_KEYS } from '../storage/storageAreas';
import { createCallFinishSlice } from './callFinishSlice';
import { createCallFlowSlice } from './callFlowSlice';
import type { CallServices } from './callServices';
import type { CallData, CallState } from './callState';
import { readSavedCall } from './readSavedCall';

/** The part of the call store that survives a reload. */
type SavedCall = Pick<CallData, 'phase' | 'session' | 'pendingRecord' | 'finishedRecordId' | 'plan'>;

/** Where the call in progress is kept between page loads. */
export const CALL_STORAGE_KEY = STORAGE_KEYS.call;

/** A call store hook bound to its store (`useX(selector)`, `useX.getState()`, `useX.persist`). */
export type CallStoreHook = UseBoundStore<Mutate<StoreApi<CallState>, [['zustand/persist', SavedCall]]>>;

/**
 * Builds a call-in-progress store over the core call machine, with its services handed in. The session is written
 * to localStorage on every turn; a full browser keeps the call going in memory (with a notice); a damaged saved call
 * is set aside with a notice, never restored half-read.
 */
export function createCallStore(services: CallServices): CallStoreHook {
  return create<CallState>()(
    persist(
      (...a) => ({
        phase: 'idle',
        ...createCallFlowSlice(services)(...a),
        ...createCallFinishSlice(services)(...a),
      }),
      {
        name: CALL_STORAGE_KEY,
        version: 1,
        // A restored call always has a phase; the reader works on the looser Partial<CallData>.
        storage: guardedStorage<SavedCall>({ version: 1, read: readSavedCall as (state: unknown) => SavedRead<SavedCall>, dropStaleWhenFull: true }),
        partialize: ({ phase, session, pendingRecord, finishedRecordId, plan }): SavedCall => ({ phase, session, pendingRecord, finishedRecordId, plan }),
      },
    ),
  );
}
