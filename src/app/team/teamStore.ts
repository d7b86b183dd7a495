import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { type Assignment, RESULTS_LIMITS, parseResultsText, validateResults, verifyResults, type CheckedResults, type ScoreFn } from '../../core/assignments';
import { hashString } from '../../core';
import type { Scenario, ValidationError } from '../../core/scenario';
import { readTextFile } from '../shared/fileIO';
import { MemoryTeamStorage, type TeamStorage } from './teamStorage';

/** One imported results file, checked: every transcript scored again. */
export interface TeamImport {
  key: string;
  fileName: string;
  importedAt: string;
  results: CheckedResults;
}

/** What importing one file did, in plain words. */
export interface ImportReport {
  fileName: string;
  ok: boolean;
  message: string;
  errors?: ValidationError[];
}

/** What the team store needs from outside. */
export interface TeamDeps {
  openStorage(): Promise<TeamStorage>;
  score: ScoreFn;
  scenarioById(id: string): Scenario | undefined;
  builtinScenarioIds(): string[];
  /** The manager's own assignments: their copies of custom scenarios are the ones trusted for re-scoring. */
  ownAssignments(): Assignment[];
  now(): Date;
}

/** The team dashboard's state. */
export interface TeamState {
  status: 'idle' | 'loading' | 'ready';
  imports: TeamImport[];
  /** Stored imports that no longer validate; kept in storage, listed so the manager knows. */
  unreadable: { key: string; fileName: string }[];
  reports: ImportReport[];
  persistent: boolean;
  load(): Promise<void>;
  /** Imports files one by one; each is taken whole or refused whole. */
  importFiles(files: readonly File[]): Promise<void>;
  remove(key: string): Promise<void>;
  clear(): Promise<void>;
  dismissReports(): void;
}

/** A hook bound to a team store. */
export type TeamStoreHook = UseBoundStore<StoreApi<TeamState>>;

function summary(results: CheckedResults): string {
  const calls = results.attempts.length;
  const edited = results.attempts.filter((a) => a.check.status === 'mismatch').length;
  const unchecked = results.attempts.filter((a) => a.check.status === 'unverifiable').length;
  let text = `${results.trainee}, “${results.assignment.title}”: ${calls} call${calls === 1 ? '' : 's'} imported.`;
  if (edited > 0)
    text += ` ${edited === 1 ? 'One call has a score' : `${edited} calls have scores`} that ${edited === 1 ? 'does' : 'do'} not match the transcript: flagged.`;
  if (unchecked > 0) text += ` ${unchecked} could not be checked.`;
  return text;
}

/** Builds a team store; storage opens on the first load. */
export function createTeamStore(deps: TeamDeps): TeamStoreHook {
  let storage: TeamStorage | undefined;
  let loading: Promise<void> | undefined;
  const context = () => ({ builtinScenarioIds: deps.builtinScenarioIds(), scenarioOf: deps.scenarioById });
  const check = (data: Parameters<typeof verifyResults>[0]) =>
    verifyResults(data, { scenarioById: deps.scenarioById, score: deps.score, ownAssignments: deps.ownAssignments() });

  return create<TeamState>()((set, get) => ({
    status: 'idle',
    imports: [],
    unreadable: [],
    reports: [],
    persistent: true,
    load() {
      loading ??= (async () => {
        set({ status: 'loading' });
        try {
          storage = await deps.openStorage();
        } catch {
          storage = new MemoryTeamStorage();
        }
        const imports: TeamImport[] = [];
        const unreadable: TeamState['unreadable'] = [];
        for (const entry of await storage.all().catch(() => [])) {
          const valid = validateResults(entry.data, context());
          if (valid.ok) imports.push({ key: entry.key, fileName: entry.fileName, importedAt: entry.importedAt, results: check(valid.value) });
          else unreadable.push({ key: entry.key, fileName: entry.fileName });
        }
        imports.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
        set({ status: 'ready', imports, unreadable, persistent: storage.persistent });
      })();
      return loading;
    },
    async importFiles(files) {
      await get().load();
      const reports: ImportReport[] = [];
      for (const file of files) {
        const read = await readTextFile(file, RESULTS_LIMITS.maxBytes);
        if (!read.ok) {
          reports.push({ fileName: file.name, ok: false, message: `Refused: ${read.message}. Nothing was imported from it.` });
          continue;
        }
        const parsed = parseResultsText(read.text, context());
        if (!parsed.ok) {
          reports.push({
            fileName: file.name,
            ok: false,
            message: 'Refused: this is not a results file this app can read. Nothing was imported from it.',
            errors: parsed.errors,
          });
          continue;
        }
        const key = `${hashString(read.text).toString(36)}-${read.text.length.toString(36)}`;
        if (get().imports.some((i) => i.key === key)) {
          reports.push({ fileName: file.name, ok: true, message: 'Already imported; nothing changed.' });
          continue;
        }
        const entry = { key, fileName: file.name, importedAt: deps.now().toISOString(), data: parsed.value };
        try {
          await storage!.put(entry);
        } catch {
          reports.push({
            fileName: file.name,
            ok: false,
            message: 'Could not be saved in this browser (storage full or blocked). Nothing was imported from it.',
          });
          continue;
        }
        const results = check(parsed.value);
        set({ imports: [...get().imports, { key, fileName: file.name, importedAt: entry.importedAt, results }] });
        reports.push({ fileName: file.name, ok: true, message: summary(results) });
      }
      set({ reports });
    },
    async remove(key) {
      await get().load();
      await storage!.remove(key);
      set({ imports: get().imports.filter((i) => i.key !== key), unreadable: get().unreadable.filter((u) => u.key !== key) });
    },
    async clear() {
      await get().load();
      await storage!.clear();
      set({ imports: [], unreadable: [], reports: [] });
    },
    dismissReports() {
      set({ reports: [] });
    },
  }));
}
