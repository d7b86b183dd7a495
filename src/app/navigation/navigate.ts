import { useNavigationStore } from './navigationStore';
import type { Route } from './route';

/** Shows another screen; any module may call it (history, onboarding, assignments). */
export function navigate(route: Route, options?: { replace?: boolean }): void {
  useNavigationStore.getState().go(route, options);
  // A new screen starts at the top, like a page load.
  if (typeof window !== 'undefined' && typeof window.scrollTo === 'function' && !navigator.userAgent.includes('jsdom')) window.scrollTo(0, 0);
}
