import { useHistoryStore } from '../history/historyStore';
import { browserCallServices } from './callServices';
import { createCallStore, type CallStoreHook } from './createCallStore';

export { CALL_STORAGE_KEY } from './createCallStore';
export { restoreSavedCall } from './readSavedCall';

/** The app's call store: the browser's clock, customer, scorer and sound; finished calls are saved to history. */
export const useCallStore: CallStoreHook = createCallStore(browserCallServices((record) => useHistoryStore.getState().addRecord(record)));
