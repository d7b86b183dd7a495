import { describe, expect, it } from 'vitest';
import { readTeamConfig } from '../../../src/server/team/readTeamConfig';

describe('team mode settings from the environment', () => {
  it('uses PGlite in .team-data by default', () => {
    const { target, config, errors } = readTeamConfig({}, '/srv/app');
    expect(errors).toEqual([]);
    expect(target).toEqual({ kind: 'pglite', dataDir: '/srv/app/.team-data' });
    expect(config.secureCookies).toBe(false);
  });

  it('uses PostgreSQL with DATABASE_URL, and Secure cookies behind an https public URL', () => {
    const { target, config } = readTeamConfig(
      { DATABASE_URL: 'postgres://u:p@db:5432/dialedin', DIALED_IN_PUBLIC_URL: 'https://training.example.com/' },
      '/srv',
    );
    expect(target).toEqual({ kind: 'postgres', url: 'postgres://u:p@db:5432/dialedin' });
    expect(config).toMatchObject({ publicUrl: 'https://training.example.com', secureCookies: true });
  });

  it('names every variable that is wrong', () => {
    const { errors } = readTeamConfig(
      { DATABASE_URL: 'mysql://x', DIALED_IN_PUBLIC_URL: 'ftp://x', DIALED_IN_SECURE_COOKIES: 'maybe', DIALED_IN_USER_DAILY_TOKENS: '-5' },
      '/',
    );
    expect(errors.map((e) => e.split(' ')[0])).toEqual(['DATABASE_URL', 'DIALED_IN_PUBLIC_URL', 'DIALED_IN_SECURE_COOKIES', 'DIALED_IN_USER_DAILY_TOKENS']);
  });
});
