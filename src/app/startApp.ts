import { useCallStore } from './call/callStore';
import { useHistoryStore } from './history/historyStore';
import { listenToLocation } from './navigation/navigationStore';
import { loadCustomScenarios, startSeriesSync } from './scenarios/scenarioCatalog';

/** Starts the stores: the address bar, saved history, custom scenarios, and recovery of a call cut short by a reload. */
export function startApp(): void {
  listenToLocation();
  void useHistoryStore.getState().load();
  void loadCustomScenarios();
  void startSeriesSync();
  void useCallStore.getState().recover();
}
