import { m } from 'framer-motion';
import { Suspense } from 'react';
import { useNavigationStore } from './navigation/navigationStore';
import type { Route } from './navigation/route';
import { renderRoute } from './routeTable';
import { AppShell } from './shell/AppShell';
import { MotionProvider } from './shell/MotionProvider';
import { ScreenErrorBoundary } from './shell/ScreenErrorBoundary';
import { ScreenLoading } from './shared/ScreenLoading';

function routeKey(route: Route): string {
  if ('scenarioId' in route) return `${route.name}/${route.scenarioId}`;
  if ('recordId' in route) return `${route.name}/${route.recordId}`;
  if ('key' in route) return `${route.name}/${route.key}`;
  if ('payload' in route) return `${route.name}/${route.payload}`;
  // A team's tabs are one screen: switching tabs does not replay the screen transition.
  if (route.name === 'coach') return `coach/${route.teamId}`;
  if ('token' in route) return `${route.name}/${route.token}`;
  if ('traineeId' in route) return `${route.name}/${route.traineeId}`;
  if ('callId' in route) return `${route.name}/${route.callId}`;
  return route.name;
}

/** The app: shell, screen transitions, and the screen for the current route (see routeTable.tsx). */
export function App() {
  const route = useNavigationStore((s) => s.route);
  const key = routeKey(route);
  return (
    <MotionProvider>
      <AppShell>
        {/*
          Each screen fades in, with no exit animation: under AnimatePresence mode="wait" a screen left while the
          lazily loaded motion features were arriving never finished its exit, and the next screen never appeared.
        */}
        <m.div key={key} initial={{ opacity: 0, y: 8 }} animate={{ opacity: 1, y: 0 }} transition={{ duration: 0.18, ease: 'easeOut' }}>
          <ScreenErrorBoundary>
            <Suspense fallback={<ScreenLoading />}>{renderRoute(route)}</Suspense>
          </ScreenErrorBoundary>
        </m.div>
      </AppShell>
    </MotionProvider>
  );
}
