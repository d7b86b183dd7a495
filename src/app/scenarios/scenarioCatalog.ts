import { create } from 'zustand';
import { type Scenario, validateScenario, formatValidationError } from '../../core/scenario';

/** A bundled scenario file that did not validate, with every problem found. */
export interface ScenarioProblem {
  file: string;
  messages: string[];
}

/** The scenarios the app can play. */
export interface ScenarioCatalog {
  /** Every playable scenario: the bundled ones, then custom ones whose ids do not clash. */
  scenarios: Scenario[];
  /** The bundled scenarios only. */
  builtIn: Scenario[];
  /** Custom scenarios (from the editor or assignments) that are playable. */
  custom: Scenario[];
  problems: ScenarioProblem[];
  /** False until custom scenarios saved in this browser have been read (a reload on a custom briefing waits for it). */
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

/** How far the latest run of a series has got: calls played, the next call's index (null when done) and the series score. */
export interface SeriesProgress {
  played: number;
  next: number | null;
  overall: number;
}

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;

/** Validates raw scenario data by file name; files that fail are reported, not dropped silently. */
export function buildCatalog(files: Record<string, unknown>): Pick<ScenarioCatalog, 'scenarios' | 'problems'> {
  const scenarios: Scenario[] = [];
  const problems: ScenarioProblem[] = [];
  const seen = new Set<string>();
  for (const [path, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const file = path.split('/').pop() ?? path;
    const result = validateScenario(data);
    if (!result.ok) problems.push({ file, messages: result.errors.map(formatValidationError) });
    else if (seen.has(result.value.id)) problems.push({ file, messages: [`duplicate scenario id "${result.value.id}"`] });
    else {
      seen.add(result.value.id);
      scenarios.push(result.value);
    }
  }
  scenarios.sort((a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty]);
  return { scenarios, problems };
}

// The lead's Vite plugin turns YAML into JSON at build time, so no YAML parser ships to the browser.
const bundled = import.meta.glob('../../../scenarios/*.yaml', { eager: true, import: 'default' });

// The series module works out each call of a series from saved history; loaded lazily, out of the first load.
const seriesLoaders = import.meta.glob<{ startSeriesSync(): void }>('../series/startSeriesSync.ts');

/** Starts working out the calls of each series from saved history, if this build has series. */
export async function startSeriesSync(): Promise<void> {
  const load = Object.values(seriesLoaders)[0];
  if (!load) return;
  try {
    (await load()).startSeriesSync();
  } catch (error) {
    console.warn('Series could not be loaded', error);
    useScenarioCatalog.setState({ seriesLoaded: true });
  }
}

// The training-workflows module reads custom scenarios saved in this browser; optional, and loaded lazily.
const customLoaders = import.meta.glob<{ loadCustomScenarios(): void | Promise<void> }>('../authoring/loadCustomScenarios.ts');

/** The scenario catalog as a store, so scenarios added later (custom ones) re-render the screens that list them. */
export const useScenarioCatalog = create<ScenarioCatalog>()((set, get) => {
  const { scenarios, problems } = buildCatalog(bundled);
  return {
    scenarios,
    builtIn: scenarios,
    custom: [],
    problems,
    customLoaded: Object.keys(customLoaders).length === 0,
    setCustomScenarios(list) {
      const taken = new Set(get().builtIn.map((s) => s.id));
      const custom = list.filter((s) => !taken.has(s.id) && taken.add(s.id));
      set({ custom, scenarios: [...get().builtIn, ...custom], customLoaded: true });
    },
    seriesCalls: {},
    seriesProgress: {},
    seriesLoaded: Object.keys(seriesLoaders).length === 0,
    setSeriesCalls(seriesCalls, seriesProgress) {
      set({ seriesCalls, seriesProgress, seriesLoaded: true });
    },
  };
});

/** Reads custom scenarios saved in this browser, if this build has the scenario editor. */
export async function loadCustomScenarios(): Promise<void> {
  const load = Object.values(customLoaders)[0];
  if (!load) return;
  try {
    await (await load()).loadCustomScenarios();
  } catch (error) {
    console.warn('Custom scenarios could not be loaded', error);
  } finally {
    if (!useScenarioCatalog.getState().customLoaded) useScenarioCatalog.setState({ customLoaded: true });
  }
}

/** The scenario with this id, if the catalog has it. */
export function scenarioById(id: string): Scenario | undefined {
  const state = useScenarioCatalog.getState();
  return state.scenarios.find((s) => s.id === id) ?? state.seriesCalls[id];
}

/** Selector for one scenario by id: a scenario, or a call of a series as it will be played. */
export const selectScenario = (id: string | undefined) => (state: ScenarioCatalog) =>
  id === undefined ? undefined : (state.scenarios.find((s) => s.id === id) ?? state.seriesCalls[id]);

/** True for the id of a call of a series ("lease-series/promised-call"). */
export const isSeriesCallId = (id: string | undefined): boolean => id?.includes('/') === true;
