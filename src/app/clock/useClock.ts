import { createContext, createElement, useContext, type ReactNode } from 'react';
import { systemClock, type Clock } from './systemClock';

const ClockContext = createContext<Clock>(systemClock);

/** Hands the components below another clock (tests); the app uses the system clock. */
export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }) {
  return createElement(ClockContext.Provider, { value: clock }, children);
}

/** The nearest clock, for components that show or stamp the time. */
export function useClock(): Clock {
  return useContext(ClockContext);
}
