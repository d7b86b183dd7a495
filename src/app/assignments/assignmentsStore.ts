import { create, type StateCreator } from 'zustand';
import type { Assignment } from '../../core/assignments/assignmentSchema';
import { validateAssignment } from '../../core/assignments/validateAssignment';
import { useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { keepAside, readLocal, writeLocal } from './localJson';

/** Where assignments are kept in this browser (received and created). */
export const ASSIGNMENTS_KEY = 'dialed-in.assignments';
/** Where the trainee's name is kept (it goes into results files and the certificate). */
export const TRAINEE_KEY = 'dialed-in.trainee-name';
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
    const saved = readLocal(ASSIGNMENTS_KEY);
    if (saved.unreadable !== undefined) keepAside(ASSIGNMENTS_KEY, saved.unreadable);
    const data = (saved.value ?? {}) as Record<string, unknown>;
    const setAside: unknown[] = Array.isArray(data.setAside) ? [...data.setAside] : [];
    const name = readLocal(TRAINEE_KEY).value;
    set({
      loaded: true,
      received: readList(data.received, setAside),
      created: readList(data.created, setAside),
      setAside,
      traineeName: typeof name === 'string' ? name : '',
    });
  },
  setTraineeName(name) {
    set({ traineeName: name });
    try {
      writeLocal(TRAINEE_KEY, name);
    } catch {
      // The name is only a convenience; it is still used for this session.
    }
  },
});

/** Received and created assignments, kept in localStorage and validated again on every load. */
export const useAssignmentsStore = create<AssignmentsState>()((...a) => ({
  ...createReceivedSlice(...a),
  ...createCreatedSlice(...a),
  ...createBase(...a),
}));
