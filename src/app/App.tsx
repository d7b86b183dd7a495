import { AnimatePresence, m } from 'framer-motion';
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { HomeScreen } from './home/HomeScreen';
import { useNavigationStore } from './navigation/navigationStore';
import type { Route } from './navigation/route';
import { AppShell } from './shell/AppShell';
import { MotionProvider } from './shell/MotionProvider';
import { NotFoundScreen } from './shell/NotFoundScreen';
import { ScreenErrorBoundary } from './shell/ScreenErrorBoundary';
import { ScreenLoading } from './shell/ScreenLoading';
import { optionalScreens } from './shell/optionalScreens';

// Only Home is in the first bundle; the other screens load when opened (and are prefetched when the browser is idle).
const loadBriefing = () => import('./briefing/BriefingScreen');
const loadCall = () => import('./call/CallScreen');
const loadResults = () => import('./results/ResultsScreen');
const loadReplay = () => import('./replay/ReplayScreen');
const loadSettings = () => import('./settings/SettingsScreen');
// Team mode's screens: never fetched on a single-user server.
const loadSetup = () => import('./teamMode/screens/SetupScreen');
const loadSignIn = () => import('./teamMode/screens/SignInScreen');
const loadJoin = () => import('./teamMode/screens/JoinScreen');
const loadAdmin = () => import('./teamMode/screens/AdminScreen');
const loadCoach = () => import('./teamMode/screens/CoachScreen');
const loadCoachTrainee = () => import('./teamMode/screens/CoachTraineeScreen');
const loadReview = () => import('./teamMode/screens/ReviewScreen');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- screens take different props (a record id, a scenario id, none); screenFor passes each its own
type ScreenModule = { default: ComponentType<any> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as ScreenModule: each screen has its own props
type LazyScreen = ComponentType<any> & { preload(): Promise<unknown> };

/**
 * Like React.lazy, but once the code is fetched (prefetched) the screen renders at once: no Suspense
 * fallback, and so none of React's 300 ms throttle on revealing content after a fallback.
 */
function lazyScreen(load: () => Promise<ScreenModule>): LazyScreen {
  let loaded: ScreenModule['default'] | undefined;
  const preload = () => load().then((module) => (loaded = module.default));
  const Lazy = lazy(() => load().then((module) => ((loaded = module.default), module)));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- hands the screen's own props through unchanged
  function Screen(props: any) {
    // Chosen once per mount, so a screen never remounts when its code arrives.
    const [Component] = useState(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(Screen, { preload });
}

function optionalScreen(path: string): LazyScreen {
  return lazyScreen(optionalScreens[path] ?? (async () => ({ default: NotFoundScreen })));
}

const BriefingScreen = lazyScreen(loadBriefing);
const CallScreen = lazyScreen(loadCall);
const ResultsScreen = lazyScreen(loadResults);
const ReplayScreen = lazyScreen(loadReplay);
const SettingsScreen = lazyScreen(loadSettings);
const SetupScreen = lazyScreen(loadSetup);
const SignInScreen = lazyScreen(loadSignIn);
const JoinScreen = lazyScreen(loadJoin);
const AdminScreen = lazyScreen(loadAdmin);
const CoachScreen = lazyScreen(loadCoach);
const CoachTraineeScreen = lazyScreen(loadCoachTrainee);
const ReviewScreen = lazyScreen(loadReview);
const HistoryScreen = optionalScreen('../history/HistoryScreen.tsx');
const OnboardingScreen = optionalScreen('../onboarding/OnboardingScreen.tsx');
const CertificateScreen = optionalScreen('../onboarding/CertificateScreen.tsx');
const AssignedScreen = optionalScreen('../assignments/AssignedScreen.tsx');
const OpenAssignmentScreen = optionalScreen('../assignments/OpenAssignmentScreen.tsx');
const ManagerScreen = optionalScreen('../assignments/ManagerScreen.tsx');
const TeamScreen = optionalScreen('../team/TeamScreen.tsx');
const TeamReplayScreen = optionalScreen('../team/TeamReplayScreen.tsx');
const AuthoringScreen = optionalScreen('../authoring/AuthoringScreen.tsx');

const LAZY_ROUTES: Partial<Record<Route['name'], LazyScreen>> = {
  briefing: BriefingScreen,
  call: CallScreen,
  results: ResultsScreen,
  replay: ReplayScreen,
  history: HistoryScreen,
  settings: SettingsScreen,
  onboarding: OnboardingScreen,
  certificate: CertificateScreen,
  assigned: AssignedScreen,
  'open-assignment': OpenAssignmentScreen,
  manager: ManagerScreen,
  team: TeamScreen,
  'team-replay': TeamReplayScreen,
  authoring: AuthoringScreen,
  setup: SetupScreen,
  'sign-in': SignInScreen,
  join: JoinScreen,
  admin: AdminScreen,
  coach: CoachScreen,
  'coach-trainee': CoachTraineeScreen,
  review: ReviewScreen,
};

/** Starts fetching the code of a route's screen; undefined when that screen is in the first bundle. */
export function preloadScreen(route: Route): Promise<unknown> | undefined {
  return LAZY_ROUTES[route.name]?.preload();
}

/** Fetches the screens a trainee is likely to open next, once the first screen is up. */
export function prefetchScreens(): void {
  for (const screen of [BriefingScreen, CallScreen, ResultsScreen, ReplayScreen, HistoryScreen]) void screen.preload().catch(() => undefined);
}

function screenFor(route: Route) {
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'briefing':
      return <BriefingScreen scenarioId={route.scenarioId} />;
    case 'call':
      return <CallScreen />;
    case 'results':
      return <ResultsScreen recordId={route.recordId} />;
    case 'replay':
      return <ReplayScreen recordId={route.recordId} />;
    case 'history':
      return <HistoryScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'onboarding':
      return <OnboardingScreen />;
    case 'certificate':
      return <CertificateScreen />;
    case 'assigned':
      return <AssignedScreen />;
    case 'open-assignment':
      return <OpenAssignmentScreen payload={route.payload} />;
    case 'manager':
      return <ManagerScreen />;
    case 'team':
      return <TeamScreen />;
    case 'team-replay':
      return <TeamReplayScreen attemptKey={route.key} />;
    case 'authoring':
      return <AuthoringScreen />;
    case 'setup':
      return <SetupScreen />;
    case 'sign-in':
      return <SignInScreen />;
    case 'join':
      return <JoinScreen token={route.token} />;
    case 'admin':
      return <AdminScreen />;
    case 'coach':
      return <CoachScreen teamId={route.teamId} tab={route.tab ?? 'roster'} />;
    case 'coach-trainee':
      return <CoachTraineeScreen teamId={route.teamId} traineeId={route.traineeId} />;
    case 'review':
      return <ReviewScreen callId={route.callId} />;
    default:
      return <NotFoundScreen />;
  }
}

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


/** The app: shell, screen transitions, and the screen for the current route. */
export function App() {
  const route = useNavigationStore((s) => s.route);
  const key = routeKey(route);
  return (
    <MotionProvider>
      <AppShell>
        <AnimatePresence mode="wait" initial={false}>
          <m.div key={key} initial={{ opacity: 0, y: 8 }} animate={{ opacity: 1, y: 0 }} exit={{ opacity: 0, transition: { duration: 0.08 } }} transition={{ duration: 0.18, ease: 'easeOut' }}>
            <ScreenErrorBoundary>
              <Suspense fallback={<ScreenLoading />}>{screenFor(route)}</Suspense>
            </ScreenErrorBoundary>
          </m.div>
        </AnimatePresence>
      </AppShell>
    </MotionProvider>
  );
}
