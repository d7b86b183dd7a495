/** A screen of the app and its parameters; the hash in the address bar mirrors it so a reload keeps the screen. */
export type Route =
  | { name: 'home' }
  | { name: 'briefing'; scenarioId: string }
  | { name: 'call' }
  | { name: 'results'; recordId: string }
  | { name: 'replay'; recordId: string }
  | { name: 'history' }
  | { name: 'settings' }
  | { name: 'not-found'; hash: string };

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
  const param = decode(rawParam);
  if (rest.length === 0) {
    if (head === 'briefing' && param) return { name: 'briefing', scenarioId: param };
    if ((head === 'results' || head === 'replay') && param) return { name: head, recordId: param };
    if (!rawParam && (head === 'call' || head === 'history' || head === 'settings')) return { name: head };
  }
  return { name: 'not-found', hash };
}
