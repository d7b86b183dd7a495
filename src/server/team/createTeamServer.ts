// Team mode assembled: the database opened and migrated, the setup code made if no admin exists yet, the API and
// the signed-in model proxy in front of the built app. `startTeamServer.ts` is the command; tests call this directly.
import { scoreTranscript } from '../../core';
import { loadScenarioLibrary } from '../../node/loadScenarioFiles';
import type { ProxySettings } from '../proxySettings';
import { listenOnFreePort } from '../listenOnFreePort';
import { securityHeaders } from '../securityHeaders';
import type { RunningServer } from '../startServer';
import { createSignInLimiter, DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from './auth/createSignInLimiter';
import { teamApiMiddleware } from './createTeamApi';
import { type DatabaseTarget, openDatabase } from './db/openDatabase';
import { newSetupCode } from './secrets';
import { type Clock, systemClock } from './systemClock';
import { DEFAULT_TEAM_CONFIG, type TeamConfig, type TeamDeps } from './teamDeps';
import { createTeamModelProxy } from './teamModelProxy';

export interface TeamServerOptions {
  target: DatabaseTarget;
  /** The built app (dist/). */
  root: string;
  host?: string;
  port?: number;
  config?: Partial<TeamConfig>;
  proxy?: ProxySettings;
  clock?: Clock;
  signInLimits?: SignInLimits;
  /** A fixed setup code (tests); otherwise a random one when no admin exists. */
  setupCode?: string;
  log?: (line: string) => void;
  connectSrc?: string;
}

export interface TeamServer {
  running: RunningServer;
  deps: TeamDeps;
  /** The code that creates the first admin, while none exists. */
  setupCode?: string;
  databaseDescription: string;
  migrated: string[];
  close(): Promise<void>;
}

export async function createTeamServer(options: TeamServerOptions): Promise<TeamServer> {
  const database = await openDatabase(options.target);
  try {
    const library = await loadScenarioLibrary();
    // The first scoring loads the language models: do it now, not in the first trainee's upload.
    const first = library.values().next().value;
    if (first)
      scoreTranscript(first, {
        scenarioId: first.id,
        channel: 'call',
        turns: [
          { speaker: 'customer', text: 'Hello?' },
          { speaker: 'rep', text: 'Hi, I am calling about your order.' },
        ],
      });
    const clock = options.clock ?? systemClock;
    const log = options.log ?? (() => {});
    const admin = await database.db.selectFrom('users').select('id').where('role', '=', 'admin').executeTakeFirst();
    const deps: TeamDeps = {
      db: database.db,
      clock,
      config: { ...DEFAULT_TEAM_CONFIG, ...options.config },
      scenarios: { byId: (id) => library.get(id), builtinIds: [...library.keys()] },
      signInLimiter: createSignInLimiter(options.signInLimits ?? DEFAULT_SIGN_IN_LIMITS, () => clock.now()),
      setup: { code: admin ? undefined : (options.setupCode ?? newSetupCode()) },
      log,
    };
    const middleware = [teamApiMiddleware(deps)];
    if (options.proxy) middleware.push(createTeamModelProxy(deps, { ...options.proxy, log }));
    const running = await listenOnFreePort({
      root: options.root,
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 0,
      middleware,
      headers: securityHeaders(options.connectSrc),
    });
    if (!running) throw new Error(`Ports ${options.port}-${(options.port ?? 0) + 19} are all in use; set PORT to a free one.`);
    // Longer than clients' and proxies' idle timeouts, so a reused connection is not closed under a request in flight.
    running.server.keepAliveTimeout = 65_000;
    return {
      running,
      deps,
      setupCode: deps.setup.code,
      databaseDescription: database.describe,
      migrated: database.migrated,
      close: async () => {
        running.server.closeAllConnections?.();
        await running.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
