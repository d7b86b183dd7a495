import { create, type StateCreator } from 'zustand';
import { type Assignment, validateAssignment } from '../../core/assignments';
import { useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { STORAGE_KEYS } from '../storage/storageAreas';
import { keepAside, listsOrAbsent, readDocument, readLocal, reportItemsSetAside, writeLocal } from '../storage/localJson';

/** Where assignments are kept in this browser (received and created). */
export const ASSIGNMENTS_KEY = STORAGE_KEYS.assignments;
/** Where the trainee's name is kept (it goes into results files and the certificate). */
export const TRAINEE_KEY = STORAGE_KEYS.trainee;
const VERSION = 1;

/** What adding a received assignment did. */
export type ReceiveOutcome = 'added' | 'same' | 'conflict' | 'replaced';

/** Assignments a trainee received (from links or files). */
export interface ReceivedSlice {
  received: Assignment[];
  /**
   * Adds an assignment. An identical copy changes nothing; a different assignment with the same id is
   * not replaced unless `replace` is set, so nothing already saved is lost by accident.
   */
  receive(assignment: Assignment, options?: { replace?: boolean }): ReceiveOutcome;
  removeReceived(id: string): void;
}

/** Assignments a manager created in this browser. */
export interface CreatedSlice {
  created: Assignment[];
  addCreated(assignment: Assignment): void;
  removeCreated(id: string): void;
}

/** Loading, saving and the trainee's name. */
export interface AssignmentsBase {
  loaded: boolean;
  traineeName: string;
  /** Saved entries that no longer validate (for example a built-in scenario was removed); kept, not dropped. */
  setAside: unknown[];
  /** A plain-words problem with saving, shown on the assignment screens. */
  saveError?: string;
  load(): void;
  setTraineeName(name: string): void;
}

/** The assignments store. */
export type AssignmentsState = ReceivedSlice & CreatedSlice & AssignmentsBase;

type Slice<T> = StateCreator<AssignmentsState, [], [], T>;

function persist(state: AssignmentsState): string | undefined {
  try {
    writeLocal(ASSIGNMENTS_KEY, { version: VERSION, received: state.received, created: state.created, setAside: state.setAside });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

function builtinIds(): string[] {
  return useScenarioCatalog.getState().builtIn.map((s) => s.id);
}

function readList(raw: unknown, setAside: unknown[]): Assignment[] {
  const list: Assignment[] = [];
  for (const item of Array.isArray(raw) ? raw : []) {
    const result = validateAssignment(item, { builtinScenarioIds: builtinIds() });
    if (result.ok && !list.some((a) => a.id === result.value.id)) list.push(result.value);
    else if (!result.ok) setAside.push(item);
  }
  return list;
}

/** The trainee's name; anything but text is set aside rather than typed over. */
function readName(): string {
  const saved = readLocal(TRAINEE_KEY);
  if (saved.unreadable !== undefined) keepAside(TRAINEE_KEY, saved.unreadable, 'it is not valid JSON');
  else if (saved.value !== undefined && typeof saved.value !== 'string') keepAside(TRAINEE_KEY, JSON.stringify(saved.value), 'it is not a name');
  return typeof saved.value === 'string' ? saved.value : '';
}

const createReceivedSlice: Slice<ReceivedSlice> = (set, get) => ({
  received: [],
  receive(assignment, options) {
    get().load();
    const existing = get().received.find((a) => a.id === assignment.id);
    if (existing && JSON.stringify(existing) === JSON.stringify(assignment)) return 'same';
    if (existing && !options?.replace) return 'conflict';
    const received = existing ? get().received.map((a) => (a.id === assignment.id ? assignment : a)) : [...get().received, assignment];
    set({ received });
    set({ saveError: persist(get()) });
    return existing ? 'replaced' : 'added';
  },
  removeReceived(id) {
    set({ received: get().received.filter((a) => a.id !== id) });
    set({ saveError: persist(get()) });
  },
});

const createCreatedSlice: Slice<CreatedSlice> = (set, get) => ({
  created: [],
  addCreated(assignment) {
    get().load();
    set({ created: [assignment, ...get().created.filter((a) => a.id !== assignment.id)] });
    set({ saveError: persist(get()) });
  },
  removeCreated(id) {
    set({ created: get().created.filter((a) => a.id !== id) });
    set({ saveError: persist(get()) });
  },
});

const createBase: Slice<AssignmentsBase> = (set, get) => ({
  loaded: false,
  traineeName: '',
  setAside: [],
  load() {
    if (get().loaded) return;
    // A newer or unknown form is set aside with a notice; what could not be read is never saved over.
    const data = readDocument(ASSIGNMENTS_KEY, VERSION, (d) => listsOrAbsent(d, ['received', 'created', 'setAside'])) ?? {};
    const setAside: unknown[] = Array.isArray(data.setAside) ? [...data.setAside] : [];
    const before = setAside.length;
    const received = readList(data.received, setAside);
    const created = readList(data.created, setAside);
    reportItemsSetAside(ASSIGNMENTS_KEY, setAside.slice(before), 'assignment');
    set({ loaded: true, received, created, setAside, traineeName: readName() });
  },
  setTraineeName(name) {
    set({ traineeName: name });
    try {
      writeLocal(TRAINEE_KEY, name);
    } catch {
      // The name is still used in this tab; the storage notice says it is not kept.
    }
  },
});

/** Received and created assignments, kept in localStorage and validated again on every load. */
export const useAssignmentsStore = create<AssignmentsState>()((...a) => ({
  ...createReceivedSlice(...a),
  ...createCreatedSlice(...a),
  ...createBase(...a),
}));
