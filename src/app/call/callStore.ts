import { useHistoryStore } from '../history/historyStore';
import { browserCallServices } from './callServices';
import { createCallStore, type CallStoreHook } from './createCallStore';
import { announceFinishedCall } from './finishedCalls';

export { CALL_STORAGE_KEY } from './createCallStore';
export { restoreSavedCall } from './readSavedCall';

/** The app's call store: the browser's clock, customer, scorer and sound; finished calls are saved to history (and announced, for team mode's uploads). */
export const useCallStore: CallStoreHook = createCallStore(
  browserCallServices((record) => {
    announceFinishedCall(record);
    return useHistoryStore.getState().addRecord(record);
  }),
);
