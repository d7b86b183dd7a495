/** A screen of the app and its parameters; the hash in the address bar mirrors it so a reload keeps the screen. */
export type Route =
  | { name: 'home' }
  | { name: 'briefing'; scenarioId: string }
  | { name: 'call' }
  | { name: 'results'; recordId: string }
  | { name: 'replay'; recordId: string }
  | { name: 'history' }
  | { name: 'settings' }
  // Training workflows (issue 5): onboarding track, assignments, team results, scenario editor.
  | { name: 'onboarding' }
  | { name: 'certificate' }
  | { name: 'assigned' }
  | { name: 'open-assignment'; payload: string }
  | { name: 'manager' }
  | { name: 'team' }
  | { name: 'team-replay'; key: string }
  | { name: 'authoring' }
  // Team mode (issue 9): only reachable on a team server.
  | { name: 'setup' }
  | { name: 'sign-in' }
  | { name: 'join'; token: string }
  | { name: 'admin' }
  | { name: 'coach'; teamId: string; tab?: CoachTab }
  | { name: 'coach-trainee'; teamId: string; traineeId: string }
  | { name: 'review'; callId: string }
  | { name: 'not-found'; hash: string };

/** The parts of a manager's team view. */
export const COACH_TABS = ['roster', 'grid', 'weak-spots', 'assignments', 'people'] as const;
export type CoachTab = (typeof COACH_TABS)[number];

/** Routes that are just a name, with no parameter. */
const PLAIN = new Set(['call', 'history', 'settings', 'onboarding', 'certificate', 'assigned', 'manager', 'team', 'authoring', 'setup', 'sign-in', 'admin']);

/** The hash (`#/briefing/lease-follow-up`) for a route. */
export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'briefing':
      return `#/briefing/${encodeURIComponent(route.scenarioId)}`;
    case 'results':
    case 'replay':
      return `#/${route.name}/${encodeURIComponent(route.recordId)}`;
    case 'open-assignment':
      return `#/assignment/${route.payload}`;
    case 'team-replay':
      return `#/team/replay/${encodeURIComponent(route.key)}`;
    case 'join':
      return `#/join/${encodeURIComponent(route.token)}`;
    case 'coach':
      return `#/coach/${encodeURIComponent(route.teamId)}${route.tab && route.tab !== 'roster' ? `/${route.tab}` : ''}`;
    case 'coach-trainee':
      return `#/coach/${encodeURIComponent(route.teamId)}/trainee/${encodeURIComponent(route.traineeId)}`;
    case 'review':
      return `#/review/${encodeURIComponent(route.callId)}`;
    case 'not-found':
      return route.hash;
    default:
      return `#/${route.name}`;
  }
}

function decode(part: string | undefined): string | undefined {
  if (!part) return undefined;
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The route for a location hash; anything unrecognised is `not-found` rather than an error. */
export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/^\/+|\/+$/g, '');
  if (path === '') return { name: 'home' };
  const [head, rawParam, ...rest] = path.split('/');
  // An assignment travels inside the link; its screen judges the payload, so anything non-empty goes through.
  if (head === 'assignment' && rawParam) return { name: 'open-assignment', payload: path.slice('assignment/'.length) };
  if (head === 'team' && rawParam === 'replay' && rest.length === 1) {
    const key = decode(rest[0]);
    if (key) return { name: 'team-replay', key };
  }
  const param = decode(rawParam);
  if (head === 'coach' && param) {
    if (rest.length === 0) return { name: 'coach', teamId: param };
    if (rest.length === 1 && (COACH_TABS as readonly string[]).includes(rest[0]!)) return { name: 'coach', teamId: param, tab: rest[0] as CoachTab };
    const traineeId = decode(rest[1]);
    if (rest.length === 2 && rest[0] === 'trainee' && traineeId) return { name: 'coach-trainee', teamId: param, traineeId };
  }
  if (rest.length === 0) {
    if (head === 'join' && param) return { name: 'join', token: param };
    if (head === 'review' && param) return { name: 'review', callId: param };
    if (head === 'briefing' && param) return { name: 'briefing', scenarioId: param };
    if ((head === 'results' || head === 'replay') && param) return { name: head, recordId: param };
    if (!rawParam && head && PLAIN.has(head)) return { name: head } as Route;
  }
  return { name: 'not-found', hash };
}
