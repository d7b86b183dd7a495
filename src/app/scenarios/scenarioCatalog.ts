import { create } from 'zustand';
import type { Scenario } from '../../core/scenario';
import type { ScenarioProblem } from './bundledScenarios';

export type { ScenarioProblem } from './bundledScenarios';

/** What Home's card shows of a scenario: a whole scenario fits, and so does the card data of a bundled file. */
export type ScenarioCardData = Pick<Scenario, 'id' | 'title' | 'summary' | 'difficulty' | 'channel'> & {
  persona: Pick<Scenario['persona'], 'name' | 'role' | 'company'>;
};

/** The scenarios the app can play. */
export interface ScenarioCatalog {
  /** Every playable scenario: the bundled ones, then custom ones whose ids do not clash (empty until loaded). */
  scenarios: Scenario[];
  /** The bundled scenarios only (empty until loaded). */
  builtIn: Scenario[];
  /** What Home lists for the bundled scenarios: their cards at once, the validated scenarios once loaded. */
  cards: ScenarioCardData[];
  /** Custom scenarios (from the editor or assignments) that are playable. */
  custom: Scenario[];
  problems: ScenarioProblem[];
  /** True once the bundled scenarios are in. */
  builtInLoaded: boolean;
  /** False until the bundled scenarios and custom ones saved in this browser have been read (a reload on a briefing waits for it). */
  customLoaded: boolean;
  /** Replaces the custom scenarios; a bundled scenario wins when ids clash. */
  setCustomScenarios(scenarios: Scenario[]): void;
}

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

// Only the card fields of each file (see `?card` in vite.config.ts): Home paints before the scenarios arrive.
const cardFiles = import.meta.glob<ScenarioCardData>('../../../scenarios/*.yaml', { eager: true, query: '?card', import: 'default' });
const initialCards = Object.entries(cardFiles)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([, card]) => card)
  .sort((a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty]);

/** The scenario catalog as a store, so scenarios added later (custom ones) re-render the screens that list them. */
export const useScenarioCatalog = create<ScenarioCatalog>()((set, get) => ({
  scenarios: [],
  builtIn: [],
  cards: initialCards,
  custom: [],
  problems: [],
  builtInLoaded: false,
  customLoaded: false,
  setCustomScenarios(list) {
    const taken = new Set(get().builtIn.map((s) => s.id));
    const custom = list.filter((s) => !taken.has(s.id) && taken.add(s.id));
    set({ custom, scenarios: [...get().builtIn, ...custom], customLoaded: get().builtInLoaded });
  },
}));

let builtInLoading: Promise<void> | undefined;

/** Brings in the bundled scenarios (once); every screen but Home waits for it. */
export function loadBuiltInScenarios(): Promise<void> {
  builtInLoading ??= import('./bundledScenarios').then(({ bundledScenarios: { scenarios, problems } }) => {
    const { custom } = useScenarioCatalog.getState();
    useScenarioCatalog.setState({ builtIn: scenarios, cards: scenarios, problems, builtInLoaded: true });
    useScenarioCatalog.getState().setCustomScenarios(custom);
  });
  return builtInLoading;
}

/** Marks custom scenarios as read, whether or not any could be (a briefing stops waiting for them). */
export function markCustomLoaded(): void {
  if (!useScenarioCatalog.getState().customLoaded) useScenarioCatalog.setState({ customLoaded: true });
}

/** The scenario with this id, if the catalog has it. */
export function scenarioById(id: string): Scenario | undefined {
  return useScenarioCatalog.getState().scenarios.find((s) => s.id === id);
}

/** Selector for one scenario by id. */
export const selectScenario = (id: string | undefined) => (state: ScenarioCatalog) =>
  id === undefined ? undefined : state.scenarios.find((s) => s.id === id);
