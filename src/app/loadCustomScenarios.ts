import type { Scenario } from '../core/scenario';
import { useAssignmentsStore } from './assignments/assignmentsStore';
import { useScenarioCatalog } from './scenarios/scenarioCatalog';
import { useCustomScenarios } from './authoring/customScenariosStore';

/** The editor's scenarios first, then those carried by assignments; the first with an id wins. */
function playableCustom(): Scenario[] {
  const { received, created } = useAssignmentsStore.getState();
  return [...useCustomScenarios.getState().scenarios, ...received.flatMap((a) => a.customScenarios), ...created.flatMap((a) => a.customScenarios)];
}

let wired = false;

/** Reads custom scenarios saved in this browser and keeps the catalog in step with them; called once at start. */
export function loadCustomScenarios(): void {
  useCustomScenarios.getState().load();
  useAssignmentsStore.getState().load();
  useScenarioCatalog.getState().setCustomScenarios(playableCustom());
  if (wired) return;
  wired = true;
  const sync = () => useScenarioCatalog.getState().setCustomScenarios(playableCustom());
  useCustomScenarios.subscribe((state, previous) => state.scenarios !== previous.scenarios && sync());
  useAssignmentsStore.subscribe((state, previous) => (state.received !== previous.received || state.created !== previous.created) && sync());
}
