import { useCallStore } from './call/callStore';
import { useHistoryStore } from './history/historyStore';
import { listenToLocation } from './navigation/navigationStore';
import { loadCustomScenarios } from './scenarios/scenarioCatalog';
import { startTeamMode } from './teamMode/startTeamMode';
import { useTeamStore } from './teamMode/teamStore';

/** Starts the stores: the address bar, saved history, custom scenarios, recovery of a call cut short by a reload, and team mode when the server has it. */
export function startApp(): void {
  listenToLocation();
  void useHistoryStore.getState().load();
  void loadCustomScenarios();
  void useCallStore.getState().recover();
  // On a team server: who is signed in, and uploads of finished calls; on `npm start` nothing changes.
  void startTeamMode(useTeamStore);
}
