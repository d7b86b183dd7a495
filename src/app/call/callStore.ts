import { useHistoryStore } from '../history/historyStore';
import { useSettingsStore } from '../settings/settingsStore';
import { browserCallServices } from './callServices';
import { createCallStore, type CallStoreHook } from './createCallStore';
import { announceFinishedCall } from './finishedCalls';
import { announceStartedCall } from './startedCalls';

export { CALL_STORAGE_KEY } from './createCallStore';
export { restoreSavedCall } from './readSavedCall';

/** The app's call store: the browser's clock, customer, scorer and sound, at the trainee's pace; finished calls are saved to history (and announced, for team mode's uploads). */
export const useCallStore: CallStoreHook = createCallStore(
  browserCallServices(
    (record) => {
      announceFinishedCall(record);
      return useHistoryStore.getState().addRecord(record);
    },
    () => useSettingsStore.getState().pace,
  ),
);

const startedOf = (state: ReturnType<CallStoreHook['getState']>) =>
  state.session && { callId: state.session.callId, ...(state.session.assignmentId ? { assignmentId: state.session.assignmentId } : {}) };

// Team mode remembers who was signed in when a call started, so the call is theirs even if the session ends before it does.
useCallStore.subscribe((state, before) => {
  const started = startedOf(state);
  if (started && started.callId !== before.session?.callId) announceStartedCall(started);
});
// A call restored from storage after a reload is announced too; the first owner recorded for it stays.
const restored = startedOf(useCallStore.getState());
if (restored) announceStartedCall(restored);
