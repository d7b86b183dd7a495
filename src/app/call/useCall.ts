import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useCallStore } from './callStore';
import type { CallState } from './callState';
import type { CallStoreHook } from './createCallStore';

const CallStoreContext = createContext<CallStoreHook>(useCallStore);

/** Hands the components below another call store (tests); the app uses the default one. */
export function CallStoreProvider({ store, children }: { store: CallStoreHook; children: ReactNode }) {
  return createElement(CallStoreContext.Provider, { value: store }, children);
}

/** Reads the nearest call store through a narrow selector (see callSelectors). */
export function useCall<T>(selector: (state: CallState) => T): T {
  return useStore(useContext(CallStoreContext), selector);
}

/** The nearest call store itself, for actions in event handlers. */
export function useCallApi(): CallStoreHook {
  return useContext(CallStoreContext);
}
