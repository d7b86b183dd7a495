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
  | { name: 'not-found'; hash: string };

/** Routes that are just a name, with no parameter. */
const PLAIN = new Set(['call', 'history', 'settings', 'onboarding', 'certificate', 'assigned', 'manager', 'team', 'authoring']);

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
  if (rest.length === 0) {
    if (head === 'briefing' && param) return { name: 'briefing', scenarioId: param };
    if ((head === 'results' || head === 'replay') && param) return { name: head, recordId: param };
    if (!rawParam && head && PLAIN.has(head)) return { name: head } as Route;
  }
  return { name: 'not-found', hash };
}
