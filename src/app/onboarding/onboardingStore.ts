import { create } from 'zustand';
import type { CallRecord } from '../../core/history';
import {
  emptyProgress,
  reduceOnboarding,
  type OnboardingAction,
  type OnboardingProgress,
  buildOnboardingTrack,
  type OnboardingTrack,
  historyActions,
  restoreOnboardingProgress,
} from '../../core/onboarding';
import { keepAside, readLocal, writeLocal } from '../storage/localJson';
import { readText } from '../storage/localSlots';
import { STORAGE_KEYS } from '../storage/storageAreas';
import { useScenarioCatalog } from '../scenarios/scenarioCatalog';

/** Where track progress is kept in this browser. */
export const ONBOARDING_KEY = STORAGE_KEYS.onboarding;

/** The new-hire track and the trainee's progress on it. */
export interface OnboardingState {
  loaded: boolean;
  track: OnboardingTrack;
  progress: OnboardingProgress;
  /** Sentences about repaired or unsaved progress. */
  notices: string[];
  load(): void;
  dispatch(action: OnboardingAction): void;
  /** Counts the track calls found in history (idempotent: each call counts once). */
  syncFromHistory(records: readonly CallRecord[]): void;
}

function save(progress: OnboardingProgress): string | undefined {
  try {
    writeLocal(ONBOARDING_KEY, progress);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

function trackNow(): OnboardingTrack {
  return buildOnboardingTrack(useScenarioCatalog.getState().builtIn);
}

/** One store for the track; actions are thin calls into the core reducer. */
export const useOnboardingStore = create<OnboardingState>()((set, get) => {
  const apply = (actions: OnboardingAction[]) => {
    const { progress, track } = get();
    const next = actions.reduce((p, action) => reduceOnboarding(p, action, track), progress);
    if (next === progress) return;
    const error = save(next);
    set({ progress: next, ...(error ? { notices: [...get().notices.filter((n) => n !== error), error] } : {}) });
  };
  return {
    loaded: false,
    track: trackNow(),
    progress: emptyProgress(),
    notices: [],
    load() {
      if (get().loaded) return;
      const saved = readLocal(ONBOARDING_KEY);
      const restored = restoreOnboardingProgress(saved.value);
      // Progress not read in full is copied aside before anything new is written over it (or, with no room, never written over).
      const text = readText(ONBOARDING_KEY);
      if (text !== null && (saved.unreadable !== undefined || restored.unreadable || restored.notices.length > 0)) {
        keepAside(ONBOARDING_KEY, text, saved.unreadable !== undefined ? 'it is not valid JSON' : (restored.reason ?? 'it could not be read'));
      }
      const notices =
        saved.unreadable !== undefined ? ['Your saved track progress could not be read; it was kept aside and the track starts again.'] : restored.notices;
      set({ loaded: true, track: trackNow(), progress: restored.progress, notices });
    },
    dispatch(action) {
      get().load();
      apply([action]);
    },
    syncFromHistory(records) {
      get().load();
      apply(historyActions(records));
    },
  };
});
