import { configureCallServices } from './call/callServices';
import { useCallStore } from './call/callStore';
import { useHistoryStore } from './history/historyStore';
import { listenToLocation } from './navigation/navigationStore';
import { loadCustomScenarios } from './scenarios/scenarioCatalog';

/** Wires the stores together at start: history storage for finished calls, the address bar, and recovery of a call cut short by a reload. */
export function startApp(): void {
  configureCallServices({ saveRecord: (record) => useHistoryStore.getState().addRecord(record) });
  listenToLocation();
  void useHistoryStore.getState().load();
  void loadCustomScenarios();
  void useCallStore.getState().recover();
}
