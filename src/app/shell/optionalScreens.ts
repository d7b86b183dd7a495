import type { ComponentType } from 'react';

/**
 * Screens owned by other engineers (history, training workflows), as lazy loaders. A glob keeps the app building
 * whether or not each one is present yet; a missing screen shows "not found" and Home does not link to it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a glob cannot type each screen's props; screenFor in App.tsx passes each its own
export const optionalScreens = import.meta.glob<{ default: ComponentType<any> }>([
  '../history/HistoryScreen.tsx',
  '../onboarding/OnboardingScreen.tsx',
  '../onboarding/CertificateScreen.tsx',
  '../assignments/AssignedScreen.tsx',
  '../assignments/OpenAssignmentScreen.tsx',
  '../assignments/ManagerScreen.tsx',
  '../team/TeamScreen.tsx',
  '../team/TeamReplayScreen.tsx',
  '../authoring/AuthoringScreen.tsx',
]);

/** True when this build has the screen at `path` (relative to src/app/shell/). */
export function hasScreen(path: string): boolean {
  return path in optionalScreens;
}
