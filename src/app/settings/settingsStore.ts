import { create, type StateCreator } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Difficulty } from '../../core/scenario/scenarioSchema';

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
  setDifficulty(difficulty: DifficultyPreference): void;
  setMode(mode: InputMode): void;
  setPersonaKind(kind: PersonaKind): void;
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
  setDifficulty: (difficulty) => set({ difficulty }),
  setMode: (mode) => set({ mode }),
  setPersonaKind: (personaKind) => set({ personaKind }),
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

/** The settings store, kept in localStorage; damaged saved values fall back to defaults one by one. */
export const useSettingsStore = create<SettingsState>()(
  persist((...a) => ({ ...createPlaySlice(...a), ...createPresentationSlice(...a) }), {
    name: 'dialed-in.settings',
    version: 1,
    storage: createJSONStorage(() => localStorage),
    partialize: ({ difficulty, mode, personaKind, motion, voice, introSeen }) => ({ difficulty, mode, personaKind, motion, voice, introSeen }),
    merge: (persisted, current) => {
      const saved = (persisted ?? {}) as Partial<Record<keyof SettingsState, unknown>>;
      const pick = <K extends keyof SettingsState>(key: K, ok: (v: unknown) => boolean) => (ok(saved[key]) ? (saved[key] as SettingsState[K]) : current[key]);
      return {
        ...current,
        difficulty: pick('difficulty', (v) => DIFFICULTIES.includes(v as string)),
        mode: pick('mode', (v) => v === 'guided' || v === 'free'),
        personaKind: pick('personaKind', (v) => v === 'scripted' || v === 'llm'),
        motion: pick('motion', (v) => v === 'system' || v === 'reduce' || v === 'full'),
        voice: pick('voice', (v) => typeof v === 'boolean'),
        introSeen: pick('introSeen', (v) => typeof v === 'boolean'),
      };
    },
  }),
);

/** The difficulty a call of a scenario is played at under these settings. */
export function effectiveDifficulty(preference: DifficultyPreference, scenarioDifficulty: Difficulty): Difficulty {
  return preference === 'scenario' ? scenarioDifficulty : preference;
}
