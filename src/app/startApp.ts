import { useCallStore } from './call/callStore';
import { useHistoryStore } from './history/historyStore';
import { listenToLocation } from './navigation/navigationStore';
import { loadBuiltInScenarios, markCustomLoaded, useScenarioCatalog } from './scenarios/scenarioCatalog';
import { startTeamMode } from './teamMode/startTeamMode';
import { useTeamStore } from './teamMode/teamStore';

/** The bundled scenarios, then the custom ones saved in this browser (the editor's and assignments'). */
async function loadScenarios(): Promise<void> {
  try {
    await loadBuiltInScenarios();
  } finally {
    // Custom scenarios do not need the bundled ones: a failed bundled fetch (retried by the next screen) must not leave
    // the briefing waiting for them forever.
    try {
      const { loadCustomScenarios } = await import('./loadCustomScenarios');
      loadCustomScenarios();
    } catch (error) {
      console.warn('Custom scenarios could not be loaded', error);
    } finally {
      markCustomLoaded();
    }
  }
}

/** Works out each series' calls from saved history (its own chunk, out of the first load); a failure leaves series at call 1. */
async function startSeriesSync(): Promise<void> {
  try {
    (await import('./series/startSeriesSync')).startSeriesSync();
  } catch (error) {
    console.warn('Series could not be loaded', error);
    useScenarioCatalog.setState({ seriesLoaded: true });
  }
}

/** Starts the stores: the address bar, saved history, scenarios, recovery of a call cut short by a reload, and team mode when the server has it. */
export function startApp(): void {
  listenToLocation();
  void useHistoryStore.getState().load();
  // A call cut short is finished or saved with its scenario, so recovery waits for the scenarios (a series call for its series).
  void loadScenarios()
    .then(async () => {
      await startSeriesSync();
      await useCallStore.getState().recover();
    })
    .catch((error: unknown) => console.warn('The scenarios could not be loaded', error));
  // On a team server: who is signed in, and uploads of finished calls; on `npm start` nothing changes.
  void startTeamMode(useTeamStore);
}
