import { create } from 'zustand';
import type { Scenario } from '../../core/scenario';
import type { ScenarioProblem } from './bundledScenarios';
import { byDifficulty } from './byDifficulty';

export type { ScenarioProblem } from './bundledScenarios';

/** What Home's card shows of a scenario: a whole scenario fits, and so does the card data of a bundled file. */
export type ScenarioCardData = Pick<Scenario, 'id' | 'title' | 'summary' | 'difficulty' | 'channel'> & {
  persona: Pick<Scenario['persona'], 'name' | 'role' | 'company'>;
  /** A series' call ids, in order. */
  series?: { calls: readonly { id: string }[] };
};

/** How far the latest run of a series has got: calls played, the next call's index (null when done) and the series score. */
export interface SeriesProgress {
  played: number;
  next: number | null;
  overall: number;
}

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
  /** Calls of a series as they are played after the calls before them, by call id ("lease-series/promised-call"). */
  seriesCalls: Record<string, Scenario>;
  /** How far the latest run of each series has got, by series id (Home's cards). */
  seriesProgress: Record<string, SeriesProgress>;
  /** False until the series calls have been worked out from saved history (a reload on a series briefing waits for it). */
  seriesLoaded: boolean;
  setSeriesCalls(calls: Record<string, Scenario>, progress: Record<string, SeriesProgress>): void;
}

// Only the card fields of each file (see `?card` in vite.config.ts): Home paints before the scenarios arrive.
const cardFiles = import.meta.glob<ScenarioCardData>('../../../scenarios/*.yaml', { eager: true, query: '?card', import: 'default' });
// A file too broken to show a card is left out here; the catalog lists its problems once the scenarios are in.
const initialCards = byDifficulty(
  Object.entries(cardFiles)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, card]) => card)
    .filter((card) => typeof card.id === 'string' && typeof card.title === 'string' && typeof card.persona?.name === 'string'),
);

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
  seriesCalls: {},
  seriesProgress: {},
  seriesLoaded: false,
  setSeriesCalls(seriesCalls, seriesProgress) {
    set({ seriesCalls, seriesProgress, seriesLoaded: true });
  },
}));

let builtInLoading: Promise<void> | undefined;

/** Brings in the bundled scenarios (once); every screen but Home waits for it. */
export function loadBuiltInScenarios(): Promise<void> {
  builtInLoading ??= import('./bundledScenarios').then(
    ({ bundledScenarios: { scenarios, problems } }) => {
      const { custom } = useScenarioCatalog.getState();
      useScenarioCatalog.setState({ builtIn: scenarios, cards: scenarios, problems, builtInLoaded: true });
      useScenarioCatalog.getState().setCustomScenarios(custom);
    },
    (error: unknown) => {
      // A fetch that failed (a dropped connection) is tried again by the next screen that asks.
      builtInLoading = undefined;
      throw error;
    },
  );
  return builtInLoading;
}

/** Marks custom scenarios as read, whether or not any could be (a briefing stops waiting for them). */
export function markCustomLoaded(): void {
  if (!useScenarioCatalog.getState().customLoaded) useScenarioCatalog.setState({ customLoaded: true });
}

/** The scenario with this id, if the catalog has it: a scenario, or a call of a series as it will be played. */
export function scenarioById(id: string): Scenario | undefined {
  const state = useScenarioCatalog.getState();
  return state.scenarios.find((s) => s.id === id) ?? state.seriesCalls[id];
}

/** Selector for one scenario by id: a scenario, or a call of a series as it will be played. */
export const selectScenario = (id: string | undefined) => (state: ScenarioCatalog) =>
  id === undefined ? undefined : (state.scenarios.find((s) => s.id === id) ?? state.seriesCalls[id]);

/** True for the id of a call of a series ("lease-series/promised-call"). */
export const isSeriesCallId = (id: string | undefined): boolean => id?.includes('/') === true;
