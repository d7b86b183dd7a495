import { describe, expect, it } from 'vitest';
import { parseHash, routeToHash, type Route } from '../../../src/app/navigation/route';

const ROUTES: Route[] = [
  { name: 'setup' },
  { name: 'sign-in' },
  { name: 'admin' },
  { name: 'join', token: 'GEg-71xv5SXTRJ5lZC_abcdef' },
  { name: 'coach', teamId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427' },
  { name: 'coach', teamId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', tab: 'grid' },
  { name: 'coach-trainee', teamId: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', traineeId: '2b4e28ba-2fa1-11d2-883f-0016d3cca427' },
  { name: 'review', callId: 'c-lx2:abc.1' },
];

describe('team mode addresses', () => {
  it.each(ROUTES.map((route) => [routeToHash(route), route] as const))('%s reads back as the same screen', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('reads the invite links the server makes', () => {
    expect(parseHash('#/join/abcDEF123_-xyz7890abcd')).toEqual({ name: 'join', token: 'abcDEF123_-xyz7890abcd' });
  });

  it('treats an unknown tab of a team as not found', () => {
    expect(parseHash('#/coach/t1/secrets').name).toBe('not-found');
  });
});
