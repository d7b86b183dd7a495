import { useCallStore } from './call/callStore';
import { useHistoryStore } from './history/historyStore';
import { listenToLocation } from './navigation/navigationStore';
import { loadBuiltInScenarios, markCustomLoaded } from './scenarios/scenarioCatalog';

/** The bundled scenarios, then the custom ones saved in this browser (the editor's and assignments'). */
async function loadScenarios(): Promise<void> {
  await loadBuiltInScenarios();
  try {
    const { loadCustomScenarios } = await import('./loadCustomScenarios');
    loadCustomScenarios();
  } catch (error) {
    console.warn('Custom scenarios could not be loaded', error);
  } finally {
    markCustomLoaded();
  }
}

/** Starts the stores: the address bar, saved history, scenarios, and recovery of a call cut short by a reload. */
export function startApp(): void {
  listenToLocation();
  void useHistoryStore.getState().load();
  // A call cut short is finished or saved with its scenario, so recovery waits for the scenarios.
  void loadScenarios().then(() => useCallStore.getState().recover());
}
