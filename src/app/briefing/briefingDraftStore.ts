import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { Difficulty } from '../../core/scenario';

/** What the briefing starts with for each scenario: the goal being written, and a difficulty suggested for practice. */
export interface BriefingDraftState {
  /** The goal typed (or carried over by "Try again") per scenario id, kept while the tab is open. */
  goals: Record<string, string>;
  /** A difficulty recommended for the next call of a scenario; the trainee's setting applies without one. */
  suggested: Record<string, { difficulty: Difficulty; why: string }>;
  setGoal(scenarioId: string, goal: string): void;
  suggest(scenarioId: string, suggestion: { difficulty: Difficulty; why: string } | undefined): void;
}

/** A hook bound to a briefing-draft store. */
export type BriefingDraftHook = UseBoundStore<StoreApi<BriefingDraftState>>;

/** Builds a briefing-draft store (in memory: a draft is not worth a storage notice). */
export function createBriefingDraftStore(): BriefingDraftHook {
  return create<BriefingDraftState>()((set) => ({
    goals: {},
    suggested: {},
    setGoal: (scenarioId, goal) => set((s) => ({ goals: { ...s.goals, [scenarioId]: goal } })),
    suggest: (scenarioId, suggestion) =>
      set((s) => {
        const { [scenarioId]: _old, ...rest } = s.suggested;
        return { suggested: suggestion ? { ...rest, [scenarioId]: suggestion } : rest };
      }),
  }));
}

/** The app's briefing drafts. */
export const useBriefingDraft: BriefingDraftHook = createBriefingDraftStore();
