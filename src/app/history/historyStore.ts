import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { CallRecord } from '../../core/history';
import type { HistoryContext, HistoryDeps, HistoryState } from './historyState';
import { systemClock } from '../clock/systemClock';
import { IndexedDbHistoryStorage } from './indexedDbHistoryStorage';
import { createLoadSlice } from './slices/loadSlice';
import { createRecordsSlice } from './slices/recordsSlice';
import { createTransferSlice } from './slices/transferSlice';

/** A history store hook bound to its store (`useX(selector)`, `useX.getState()`). */
export type HistoryStoreHook = UseBoundStore<StoreApi<HistoryState>>;

/** Builds a history store from its slices; nothing is opened until `load()`. */
export function createHistoryStore(deps: HistoryDeps): HistoryStoreHook {
  const ctx: HistoryContext = { deps };
  return create<HistoryState>()((...a) => ({
    ...createLoadSlice(ctx)(...a),
    ...createRecordsSlice(ctx)(...a),
    ...createTransferSlice(ctx)(...a),
  }));
}

/** The app's history: IndexedDB, the built-in scenarios for repairs, the real clock. */
export const useHistoryStore: HistoryStoreHook = createHistoryStore({
  openStorage: () => IndexedDbHistoryStorage.open(),
  getRescore: async () => (await import('./rescoreWithBuiltins')).rescoreWithBuiltins(),
  now: () => new Date(systemClock.now()),
});

/** Selector: best overall score so far for a scenario (Home cards); a primitive, so no re-render loops. */
export const selectBestScore =
  (scenarioId: string) =>
  (state: HistoryState): number | undefined =>
    state.bestByScenario[scenarioId];

/** Selector: a saved call by id (Results, Replay); wait for `loaded` before concluding it is missing. */
export const selectRecord =
  (id: string) =>
  (state: HistoryState): CallRecord | undefined =>
    state.records.find((record) => record.id === id);
