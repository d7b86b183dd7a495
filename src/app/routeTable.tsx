import type { ComponentType, ReactNode } from 'react';
import { HomeScreen } from './home/HomeScreen';
import type { Route } from './navigation/route';
import { loadBuiltInScenarios } from './scenarios/scenarioCatalog';
import { NotFoundScreen } from './shared/NotFoundScreen';
import { lazyScreen } from './shell/lazyScreen';

type RouteName = Route['name'];
type RouteOf<N extends RouteName> = Extract<Route, { name: N }>;

/** How one route shows: its screen with the route's parameters, and (for a lazy screen) how to fetch its code early. */
interface RouteEntry<N extends RouteName> {
  render(route: RouteOf<N>): ReactNode;
  preload?(): Promise<unknown>;
  /** Fetched when the browser is idle after the first screen, as trainees usually go there next. */
  prefetch?: boolean;
}

/** A screen loaded when first opened; it counts as loaded once the bundled scenarios are in too, as it reads them by id. */
function lazyRoute<N extends RouteName, P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  props: (route: RouteOf<N>) => P,
  prefetch = false,
): RouteEntry<N> {
  const Screen = lazyScreen(async () => {
    const [module] = await Promise.all([load(), loadBuiltInScenarios()]);
    return module;
  });
  return { render: (route) => <Screen {...props(route)} />, preload: Screen.preload, prefetch };
}

const none = () => ({});

/** Every screen of the app by route: the one place that says which module shows which address. Only Home is in the first load. */
export const ROUTE_TABLE: { [N in RouteName]: RouteEntry<N> } = {
  home: { render: () => <HomeScreen /> },
  briefing: lazyRoute(
    () => import('./briefing/BriefingScreen'),
    (route) => ({ scenarioId: route.scenarioId }),
    true,
  ),
  call: lazyRoute(() => import('./call/CallScreen'), none, true),
  results: lazyRoute(
    () => import('./results/ResultsScreen'),
    (route) => ({ recordId: route.recordId }),
    true,
  ),
  replay: lazyRoute(
    () => import('./replay/ReplayScreen'),
    (route) => ({ recordId: route.recordId }),
    true,
  ),
  history: lazyRoute(() => import('./history/HistoryScreen'), none, true),
  settings: lazyRoute(() => import('./settings/SettingsScreen'), none),
  onboarding: lazyRoute(() => import('./onboarding/OnboardingScreen'), none),
  certificate: lazyRoute(() => import('./onboarding/CertificateScreen'), none),
  assigned: lazyRoute(() => import('./assignments/AssignedScreen'), none),
  'open-assignment': lazyRoute(
    () => import('./assignments/OpenAssignmentScreen'),
    (route) => ({ payload: route.payload }),
  ),
  manager: lazyRoute(() => import('./assignments/ManagerScreen'), none),
  team: lazyRoute(() => import('./team/TeamScreen'), none),
  'team-replay': lazyRoute(
    () => import('./team/TeamReplayScreen'),
    (route) => ({ attemptKey: route.key }),
  ),
  authoring: lazyRoute(() => import('./authoring/AuthoringScreen'), none),
  // Team mode's screens: never fetched on a single-user server.
  setup: lazyRoute(() => import('./teamMode/screens/SetupScreen'), none),
  'sign-in': lazyRoute(() => import('./teamMode/screens/SignInScreen'), none),
  join: lazyRoute(
    () => import('./teamMode/screens/JoinScreen'),
    (route) => ({ token: route.token }),
  ),
  admin: lazyRoute(() => import('./teamMode/screens/AdminScreen'), none),
  coach: lazyRoute(
    () => import('./teamMode/screens/CoachScreen'),
    (route) => ({ teamId: route.teamId, tab: route.tab ?? 'roster' }),
  ),
  'coach-trainee': lazyRoute(
    () => import('./teamMode/screens/CoachTraineeScreen'),
    (route) => ({ teamId: route.teamId, traineeId: route.traineeId }),
  ),
  review: lazyRoute(
    () => import('./teamMode/screens/ReviewScreen'),
    (route) => ({ callId: route.callId }),
  ),
  'not-found': { render: () => <NotFoundScreen /> },
};

function entryFor<N extends RouteName>(route: RouteOf<N>): RouteEntry<N> {
  return ROUTE_TABLE[route.name as N];
}

/** The screen for a route. */
export function renderRoute(route: Route): ReactNode {
  return entryFor(route).render(route);
}

/** Starts fetching the code of a route's screen; undefined when that screen is in the first load. */
export function preloadScreen(route: Route): Promise<unknown> | undefined {
  return entryFor(route).preload?.();
}

/** Fetches the screens a trainee is likely to open next, once the first screen is up. */
export function prefetchScreens(): void {
  for (const entry of Object.values(ROUTE_TABLE) as RouteEntry<RouteName>[]) if (entry.prefetch) void entry.preload?.().catch(() => undefined);
}
