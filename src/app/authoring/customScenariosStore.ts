import { create } from 'zustand';
import { type Scenario, validateScenario } from '../../core/scenario';
import { listsOrAbsent, readDocument, reportItemsSetAside, writeLocal } from '../storage/localJson';
import { useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { STORAGE_KEYS } from '../storage/storageAreas';

/** Where custom scenarios are kept in this browser. */
export const CUSTOM_SCENARIOS_KEY = STORAGE_KEYS.customScenarios;
const VERSION = 1;
/** Most custom scenarios kept; each can be large, and localStorage is small. */
export const MAX_CUSTOM_SCENARIOS = 50;

/** The scenarios written in the editor. */
export interface CustomScenariosState {
  loaded: boolean;
  scenarios: Scenario[];
  /** Saved items that no longer validate; kept in storage, never silently dropped. */
  setAside: unknown[];
  load(): void;
  /** Saves a validated scenario (replacing one with the same id); returns a message when it cannot. */
  save(scenario: Scenario): string | undefined;
  remove(id: string): string | undefined;
}

function write(scenarios: Scenario[], setAside: unknown[]): string | undefined {
  try {
    writeLocal(CUSTOM_SCENARIOS_KEY, { version: VERSION, scenarios, setAside });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Custom scenarios, saved in localStorage and registered with the catalog so they can be played. */
export const useCustomScenarios = create<CustomScenariosState>()((set, get) => ({
  loaded: false,
  scenarios: [],
  setAside: [],
  load() {
    if (get().loaded) return;
    // A newer or unknown form is set aside with a notice; what could not be read is never saved over.
    const data = readDocument(CUSTOM_SCENARIOS_KEY, VERSION, (d) => listsOrAbsent(d, ['scenarios', 'setAside'])) ?? {};
    const setAside: unknown[] = Array.isArray(data.setAside) ? [...data.setAside] : [];
    const before = setAside.length;
    const scenarios: Scenario[] = [];
    for (const item of Array.isArray(data.scenarios) ? data.scenarios : []) {
      const result = validateScenario(item);
      if (result.ok && !scenarios.some((s) => s.id === result.value.id)) scenarios.push(result.value);
      else if (!result.ok) setAside.push(item);
    }
    reportItemsSetAside(CUSTOM_SCENARIOS_KEY, setAside.slice(before), 'scenario');
    set({ loaded: true, scenarios, setAside });
  },
  save(scenario) {
    get().load();
    if (useScenarioCatalog.getState().builtIn.some((s) => s.id === scenario.id)) {
      return `“${scenario.id}” is the id of a built-in scenario; give yours its own id.`;
    }
    const others = get().scenarios.filter((s) => s.id !== scenario.id);
    if (others.length >= MAX_CUSTOM_SCENARIOS) return `You already have ${MAX_CUSTOM_SCENARIOS} custom scenarios; delete one first.`;
    const scenarios = [...others, scenario].sort((a, b) => a.title.localeCompare(b.title));
    const error = write(scenarios, get().setAside);
    if (error) return error;
    set({ scenarios });
    return undefined;
  },
  remove(id) {
    const scenarios = get().scenarios.filter((s) => s.id !== id);
    const error = write(scenarios, get().setAside);
    if (error) return error;
    set({ scenarios });
    return undefined;
  },
}));
