// `npm start`: serves the built app on this machine, with the model proxy when a key is in the environment.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listenOnFreePort } from './listenOnFreePort';
import { ALLOWED_HOSTS_VARIABLE } from './proxyLimits';
import { describeLimits, readProxySettings } from './proxySettings';
import { CONNECT_SRC_VARIABLE, securityHeaders } from './securityHeaders';
import type { Middleware } from './startServer';

const root = fileURLToPath(new URL('../../dist', import.meta.url));
const host = process.env.HOST ?? '127.0.0.1';
const preferred = Number(process.env.PORT ?? 5173);

const log = (line: string) => console.log(`[${new Date().toISOString()}] ${line}`);

async function main(): Promise<void> {
  if (!existsSync(root)) {
    console.error('No build found in dist/. Run `npm start` (it builds first) or `npm run build`.');
    process.exit(1);
  }
  const { settings, errors } = readProxySettings(process.env, host);
  if (errors.length > 0) {
    for (const error of errors) console.error(error);
    process.exit(1);
  }
  const middleware: Middleware[] = [];
  if (settings) {
    const { createLlmProxy } = await import('./llmProxy');
    middleware.push(createLlmProxy({ ...settings, log }));
  }
  const headers = securityHeaders(process.env[CONNECT_SRC_VARIABLE]);
  const running = await listenOnFreePort({ root, host, port: preferred, middleware, headers });
  if (!running) {
    console.error(`Ports ${preferred}-${preferred + 19} are all in use; set PORT to a free one.`);
    process.exit(1);
  }
  console.log(`\n  Dialed In is running at ${running.url}\n`);
  if (settings) {
    console.log(`  Model proxy on: the key stays on this server (model: ${settings.model}).`);
    for (const line of describeLimits(settings.limits)) console.log(line);
    if (host !== '127.0.0.1' && host !== 'localhost') {
      console.log(`  HOST is ${host}: anyone who can reach this machine can use the model key through the app, within these limits.`);
      console.log(`  Other names this server is reached by go in ${ALLOWED_HOSTS_VARIABLE}.`);
    }
    console.log('');
  }
  console.log('  Press Ctrl+C to stop.');
}

void main();
