import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useHistoryStore, type HistoryStoreHook } from './historyStore';
import type { HistoryState } from './historyState';

const HistoryStoreContext = createContext<HistoryStoreHook>(useHistoryStore);

/** Hands the History components another store (tests); the app uses the default one. */
export function HistoryStoreProvider({ store, children }: { store: HistoryStoreHook; children: ReactNode }) {
  return createElement(HistoryStoreContext.Provider, { value: store }, children);
}

/** Reads the nearest history store through a narrow selector. */
export function useHistory<T>(selector: (state: HistoryState) => T): T {
  return useStore(useContext(HistoryStoreContext), selector);
}

/** The nearest history store itself, for actions in event handlers. */
export function useHistoryApi(): HistoryStoreHook {
  return useContext(HistoryStoreContext);
}
