import { describe, expect, it } from 'vitest';
import { parseHash, routeToHash, type Route } from '../../../src/app/navigation/route';

describe('hash routes', () => {
  it('reads every screen back from the hash it writes', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'briefing', scenarioId: 'lease-follow-up' },
      { name: 'call' },
      { name: 'results', recordId: 'a b/c' },
      { name: 'replay', recordId: '123' },
      { name: 'history' },
      { name: 'settings' },
      { name: 'onboarding' },
      { name: 'certificate' },
      { name: 'assigned' },
      { name: 'open-assignment', payload: 'eyJ0aXRsZSI6IldlZWsgMSJ9-_x' },
      { name: 'manager' },
      { name: 'team' },
      { name: 'team-replay', key: 'dana/2' },
      { name: 'authoring' },
    ];
    for (const route of routes) expect(parseHash(routeToHash(route))).toEqual(route);
  });

  it('treats an empty hash as home', () => {
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#')).toEqual({ name: 'home' });
    expect(parseHash('#/')).toEqual({ name: 'home' });
  });

  it('says not-found for addresses it does not know, without throwing', () => {
    expect(parseHash('#/nowhere').name).toBe('not-found');
    expect(parseHash('#/briefing').name).toBe('not-found');
    expect(parseHash('#/results/%E0%A4%A').name).toBe('not-found');
    expect(parseHash('#/call/extra').name).toBe('not-found');
  });

  it('passes any assignment payload through for its screen to judge', () => {
    const long = 'A'.repeat(30_000);
    expect(parseHash(`#/assignment/${long}`)).toEqual({ name: 'open-assignment', payload: long });
    expect(parseHash('#/assignment/<script>')).toEqual({ name: 'open-assignment', payload: '<script>' });
  });
});
