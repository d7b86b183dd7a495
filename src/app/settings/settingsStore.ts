import { create, type StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Pace } from '../../core/call';
import type { Difficulty } from '../../core/scenario';
import { guardedStorage } from '../storage/guardedStorage';
import { readFields } from '../storage/readFields';
import { STORAGE_KEYS } from '../storage/storageAreas';

/** How the trainee speaks: picking one of three lines, or typing their own. */
export type InputMode = 'guided' | 'free';
/** Who plays the customer. */
export type PersonaKind = 'scripted' | 'llm';
/** Follow the system's reduced-motion preference, or override it. */
export type MotionPreference = 'system' | 'reduce' | 'full';
/** A fixed difficulty, or each scenario's own. */
export type DifficultyPreference = Difficulty | 'scenario';

/** How calls are played. */
export interface PlaySlice {
  difficulty: DifficultyPreference;
  mode: InputMode;
  personaKind: PersonaKind;
  /** How long the customer pauses before each reply, and the ringing before they pick up. */
  pace: Pace;
  setDifficulty(difficulty: DifficultyPreference): void;
  setMode(mode: InputMode): void;
  setPersonaKind(kind: PersonaKind): void;
  setPace(pace: Pace): void;
}

/** How the app presents itself. */
export interface PresentationSlice {
  motion: MotionPreference;
  voice: boolean;
  /** The three-line introduction on Home was dismissed. */
  introSeen: boolean;
  setMotion(motion: MotionPreference): void;
  setVoice(on: boolean): void;
  setIntroSeen(seen: boolean): void;
}

/** The settings store's state. */
export type SettingsState = PlaySlice & PresentationSlice;

const createPlaySlice: StateCreator<SettingsState, [], [], PlaySlice> = (set) => ({
  difficulty: 'scenario',
  mode: 'guided',
  personaKind: 'scripted',
  pace: 'natural',
  setDifficulty: (difficulty) => set({ difficulty }),
  setMode: (mode) => set({ mode }),
  setPersonaKind: (personaKind) => set({ personaKind }),
  setPace: (pace) => set({ pace }),
});

const createPresentationSlice: StateCreator<SettingsState, [], [], PresentationSlice> = (set) => ({
  motion: 'system',
  voice: false,
  introSeen: false,
  setMotion: (motion) => set({ motion }),
  setVoice: (voice) => set({ voice }),
  setIntroSeen: (introSeen) => set({ introSeen }),
});

const DIFFICULTIES = ['scenario', 'easy', 'medium', 'hard'];
const oneOf =
  (...values: unknown[]) =>
  (v: unknown) =>
    values.includes(v);
const isBoolean = (v: unknown) => typeof v === 'boolean';

/** The settings that are saved. */
type SavedSettings = Pick<SettingsState, 'difficulty' | 'mode' | 'personaKind' | 'pace' | 'motion' | 'voice' | 'introSeen'>;

/** Reads saved settings one by one; a damaged one is named in a notice and its default stands in. */
export function readSavedSettings(state: unknown) {
  return readFields<SavedSettings>(state, {
    difficulty: { label: 'difficulty', ok: oneOf(...DIFFICULTIES) },
    mode: { label: 'how you speak', ok: oneOf('guided', 'free') },
    personaKind: { label: 'who plays the customer', ok: oneOf('scripted', 'llm') },
    pace: { label: "the customer's pace", ok: oneOf('natural', 'quick') },
    motion: { label: 'motion', ok: oneOf('system', 'reduce', 'full') },
    voice: { label: 'voice', ok: isBoolean },
    introSeen: { label: 'the introduction on Home', ok: isBoolean },
  });
}

/** The settings store, kept in localStorage; damaged or unknown saved settings are set aside with a notice, never overwritten unread. */
export const useSettingsStore = create<SettingsState>()(
  persist((...a) => ({ ...createPlaySlice(...a), ...createPresentationSlice(...a) }), {
    name: STORAGE_KEYS.settings,
    version: 1,
    storage: guardedStorage<Partial<SavedSettings>>({ version: 1, read: readSavedSettings }),
    partialize: ({ difficulty, mode, personaKind, pace, motion, voice, introSeen }) => ({ difficulty, mode, personaKind, pace, motion, voice, introSeen }),
  }),
);

/** The difficulty a call of a scenario is played at under these settings. */
export function effectiveDifficulty(preference: DifficultyPreference, scenarioDifficulty: Difficulty): Difficulty {
  return preference === 'scenario' ? scenarioDifficulty : preference;
}
