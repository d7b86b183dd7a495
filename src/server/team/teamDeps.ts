// What the team API is built from, handed in: the database, the clock, the scenarios, the settings.
import type { Kysely } from 'kysely';
import type { Scenario } from '../../core';
import type { SignInLimiter } from './auth/createSignInLimiter';
import type { TeamDatabase } from './db/teamDatabase';
import type { Clock } from './systemClock';

/** Team mode's settings (see readTeamConfig for the environment variables). */
export interface TeamConfig {
  /** The address people reach the server by, e.g. `https://training.example.com`; invite links use it. */
  publicUrl?: string;
  /** Send cookies with Secure (behind HTTPS). */
  secureCookies: boolean;
  sessionHours: number;
  /** How long an invite link stays valid unless its creator says otherwise. */
  inviteHours: number;
  /** Model tokens a user may spend a UTC day unless the admin sets their own budget. */
  defaultDailyTokens: number;
}

export const DEFAULT_TEAM_CONFIG: TeamConfig = { secureCookies: false, sessionHours: 24 * 14, inviteHours: 24 * 7, defaultDailyTokens: 200_000 };

/** The built-in scenarios the server scores against. */
export interface ScenarioLibrary {
  byId(id: string): Scenario | undefined;
  builtinIds: readonly string[];
}

export interface TeamDeps {
  db: Kysely<TeamDatabase>;
  clock: Clock;
  config: TeamConfig;
  scenarios: ScenarioLibrary;
  signInLimiter: SignInLimiter;
  /** The one-time setup code while no admin exists; held in memory only, printed at start. */
  setup: { code?: string };
  log(line: string): void;
}

/** A signed-in person, as the routes see them. */
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: 'admin' | 'manager' | 'trainee';
  csrfToken: string;
  tokenHash: string;
}

/** Hono's environment for the team API. */
export interface TeamEnv {
  Variables: { deps: TeamDeps; user: SessionUser | undefined };
}
