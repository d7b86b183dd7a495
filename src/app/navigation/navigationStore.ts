import { create } from 'zustand';
import { parseHash, routeToHash, type Route } from './route';
import { enteredEntry, rememberScroll } from './scrollMemory';

/** The screen being shown. */
export interface NavigationState {
  route: Route;
  /** Moves to a route; `replace` swaps the current history entry instead of adding one. */
  go(route: Route, options?: { replace?: boolean }): void;
  /** Re-reads the route from the address bar (on hashchange and popstate). */
  syncFromLocation(): void;
}

function currentHash(): string {
  return typeof window === 'undefined' ? '' : window.location.hash;
}

/** The navigation store: the route, kept in step with `location.hash`. */
export const useNavigationStore = create<NavigationState>()((set) => ({
  route: parseHash(currentHash()),
  go(route, options) {
    const hash = routeToHash(route);
    if (typeof window !== 'undefined' && window.location.hash !== hash) {
      if (options?.replace) window.history.replaceState(null, '', hash);
      else window.history.pushState(null, '', hash);
    }
    set({ route });
    if (typeof window !== 'undefined') enteredEntry();
  },
  syncFromLocation() {
    set({ route: parseHash(currentHash()) });
  },
}));

/** Keeps the store in step with back/forward and typed addresses; returns the unsubscribe function. */
export function listenToLocation(): () => void {
  const forget = rememberScroll();
  const sync = () => {
    useNavigationStore.getState().syncFromLocation();
    enteredEntry();
  };
  window.addEventListener('hashchange', sync);
  window.addEventListener('popstate', sync);
  return () => {
    forget();
    window.removeEventListener('hashchange', sync);
    window.removeEventListener('popstate', sync);
  };
}
