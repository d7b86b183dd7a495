// Team mode's environment variables, each checked, every problem reported by name.
import { resolve } from 'node:path';
import type { DatabaseTarget } from './db/openDatabase';
import { DEFAULT_TEAM_CONFIG, type TeamConfig } from './teamDeps';

/** The variables team mode reads besides those of `npm start` (HOST, PORT, OPENAI_*, the proxy limits). */
export const TEAM_VARIABLES = {
  dataDir: 'DIALED_IN_TEAM_DATA',
  databaseUrl: 'DATABASE_URL',
  publicUrl: 'DIALED_IN_PUBLIC_URL',
  secureCookies: 'DIALED_IN_SECURE_COOKIES',
  sessionHours: 'DIALED_IN_SESSION_HOURS',
  inviteHours: 'DIALED_IN_INVITE_HOURS',
  userDailyTokens: 'DIALED_IN_USER_DAILY_TOKENS',
} as const;

export const DEFAULT_DATA_DIR = '.team-data';

function wholeNumber(env: Record<string, string | undefined>, name: string, fallback: number, max: number, errors: string[]): number {
  const raw = env[name]?.trim().replace(/_/g, '');
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > max) {
    errors.push(`${name} must be a whole number from 1 to ${max.toLocaleString('en-US')}, not “${env[name]}”.`);
    return fallback;
  }
  return value;
}

/** The database target and settings, or the problems found. */
export function readTeamConfig(env: Record<string, string | undefined>, cwd: string): { target: DatabaseTarget; config: TeamConfig; errors: string[] } {
  const errors: string[] = [];
  const url = env[TEAM_VARIABLES.databaseUrl]?.trim();
  if (url && !/^postgres(ql)?:\/\//.test(url))
    errors.push(`${TEAM_VARIABLES.databaseUrl} must be a PostgreSQL URL such as postgres://user:password@host:5432/dialedin.`);
  const target: DatabaseTarget = url
    ? { kind: 'postgres', url }
    : { kind: 'pglite', dataDir: resolve(cwd, env[TEAM_VARIABLES.dataDir]?.trim() || DEFAULT_DATA_DIR) };
  let publicUrl = env[TEAM_VARIABLES.publicUrl]?.trim() || undefined;
  if (publicUrl) {
    try {
      const parsed = new URL(publicUrl);
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('not http');
      publicUrl = `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
    } catch {
      errors.push(`${TEAM_VARIABLES.publicUrl} must be an http or https address such as https://training.example.com, not “${publicUrl}”.`);
      publicUrl = undefined;
    }
  }
  const secureRaw = env[TEAM_VARIABLES.secureCookies]?.trim().toLowerCase();
  if (secureRaw && !['1', '0', 'true', 'false', 'yes', 'no'].includes(secureRaw))
    errors.push(`${TEAM_VARIABLES.secureCookies} must be 1 or 0, not “${env[TEAM_VARIABLES.secureCookies]}”.`);
  const secureCookies = secureRaw ? ['1', 'true', 'yes'].includes(secureRaw) : (publicUrl?.startsWith('https:') ?? false);
  const config: TeamConfig = {
    publicUrl,
    secureCookies,
    sessionHours: wholeNumber(env, TEAM_VARIABLES.sessionHours, DEFAULT_TEAM_CONFIG.sessionHours, 24 * 365, errors),
    inviteHours: wholeNumber(env, TEAM_VARIABLES.inviteHours, DEFAULT_TEAM_CONFIG.inviteHours, 24 * 30, errors),
    defaultDailyTokens: wholeNumber(env, TEAM_VARIABLES.userDailyTokens, DEFAULT_TEAM_CONFIG.defaultDailyTokens, 100_000_000, errors),
  };
  return { target, config, errors };
}
