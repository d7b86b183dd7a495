import { scoreTranscript } from '../../core/scoring';
import { useAssignmentsStore } from '../assignments/assignmentsStore';
import { systemClock } from '../clock/systemClock';
import { scenarioById, useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { createTeamStore, type TeamStoreHook } from './teamStore';
import { IndexedDbTeamStorage } from './teamStorage';

/** The app's team dashboard store: IndexedDB, the real scorer, the catalog's scenarios. */
export const useTeamStore: TeamStoreHook = createTeamStore({
  openStorage: () => IndexedDbTeamStorage.open(),
  score: scoreTranscript,
  scenarioById,
  builtinScenarioIds: () => useScenarioCatalog.getState().builtIn.map((s) => s.id),
  ownAssignments: () => {
    useAssignmentsStore.getState().load();
    return useAssignmentsStore.getState().created;
  },
  now: () => new Date(systemClock.now()),
});
