// `npm run team`: the app with accounts, teams, assignments and calls kept in a database (see README, Team mode).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALLOWED_HOSTS_VARIABLE } from '../proxyLimits';
import { describeLimits, readProxySettings } from '../proxySettings';
import { CONNECT_SRC_VARIABLE } from '../securityHeaders';
import { createTeamServer } from './createTeamServer';
import { readTeamConfig, TEAM_VARIABLES } from './readTeamConfig';
import { isoNow, systemClock } from './systemClock';

const HELP = `npm run team: serve Dialed In with accounts, teams, assignments and calls in a database.

Environment:
  ${TEAM_VARIABLES.dataDir}   data folder of the embedded database (default .team-data)
  ${TEAM_VARIABLES.databaseUrl}            use this PostgreSQL server instead (postgres://user:password@host:5432/db)
  HOST, PORT              where to listen (default 127.0.0.1:5173, or the next free port)
  ${TEAM_VARIABLES.publicUrl}   the address people use (invite links, allowed origin), e.g. https://training.example.com
  ${TEAM_VARIABLES.secureCookies} 1 to send cookies only over HTTPS (default: 1 when the public URL is https)
  ${TEAM_VARIABLES.sessionHours} sign-in lifetime (default 336); ${TEAM_VARIABLES.inviteHours}: invite lifetime (default 168)
  ${TEAM_VARIABLES.userDailyTokens} model tokens per person a UTC day unless an admin sets theirs (default 200000)
  OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL and the limits of npm start: the model proxy, for signed-in people only.`;

const log = (line: string) => console.log(`[${isoNow(systemClock)}] ${line}`);

async function main(): Promise<void> {
  if (process.argv.includes('-h') || process.argv.includes('--help')) {
    console.log(HELP);
    return;
  }
  const root = fileURLToPath(new URL('../../../dist', import.meta.url));
  if (!existsSync(root)) {
    console.error('No build found in dist/. Run `npm run team` (it builds first) or `npm run build`.');
    process.exit(1);
  }
  const host = process.env.HOST ?? '127.0.0.1';
  const { target, config, errors } = readTeamConfig(process.env, process.cwd());
  const proxy = readProxySettings(process.env, host);
  errors.push(...proxy.errors);
  if (errors.length > 0) {
    for (const error of errors) console.error(error);
    process.exit(1);
  }
  const server = await createTeamServer({
    target,
    root,
    host,
    port: Number(process.env.PORT ?? 5173),
    config,
    proxy: proxy.settings,
    log,
    connectSrc: process.env[CONNECT_SRC_VARIABLE],
  });
  console.log(`\n  Dialed In (team mode) is running at ${server.running.url}`);
  console.log(`  Database: ${server.databaseDescription}${server.migrated.length ? ` (migrations run: ${server.migrated.join(', ')})` : ''}\n`);
  if (server.setupCode) {
    console.log('  No admin yet. Create the first one with this one-time setup code (it is not stored; a restart prints a new one):');
    console.log(`\n      ${server.setupCode}\n`);
    console.log(`  POST /api/setup {"code", "email", "displayName", "password"}, or open the app's set-up screen.\n`);
  }
  if (proxy.settings) {
    console.log(
      `  Model proxy on for signed-in people (model: ${proxy.settings.model}), ${config.defaultDailyTokens.toLocaleString('en-US')} tokens a person a day by default.`,
    );
    for (const line of describeLimits(proxy.settings.limits)) console.log(line);
    if (host !== '127.0.0.1' && host !== 'localhost') console.log(`  Other names this server is reached by go in ${ALLOWED_HOSTS_VARIABLE}.`);
    console.log('');
  }
  console.log('  Press Ctrl+C to stop.');
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
