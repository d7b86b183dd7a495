import { useNavigationStore } from './navigationStore';
import type { Route } from './route';

/** Shows another screen; any module may call it (history, onboarding, assignments). */
export function navigate(route: Route, options?: { replace?: boolean }): void {
  // A new screen starts at the top, like a page load (the navigation store's scroll memory sees to it).
  useNavigationStore.getState().go(route, options);
}
