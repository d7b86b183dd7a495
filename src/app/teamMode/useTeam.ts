import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useTeamStore, type TeamStoreHook } from './teamStore';
import type { TeamState } from './teamState';

const TeamStoreContext = createContext<TeamStoreHook>(useTeamStore);

/** Hands team components another store (tests); the app uses the default one. */
export function TeamStoreProvider({ store, children }: { store: TeamStoreHook; children: ReactNode }) {
  return createElement(TeamStoreContext.Provider, { value: store }, children);
}

/** Reads the nearest team store through a narrow selector. */
export function useTeam<T>(selector: (state: TeamState) => T): T {
  return useStore(useContext(TeamStoreContext), selector);
}

/** The nearest team store itself, for actions in event handlers. */
export function useTeamApi(): TeamStoreHook {
  return useContext(TeamStoreContext);
}
