// `npm start`: serves the built app on this machine, with the model proxy when a key is in the environment.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALLOWED_HOSTS_VARIABLE, PROXY_LIMIT_VARIABLES, type ProxyLimits, readAllowedHosts, readProxyLimits } from './proxyLimits';
import { CONNECT_SRC_VARIABLE, securityHeaders } from './securityHeaders';
import { startServer, type Middleware } from './startServer';

const root = fileURLToPath(new URL('../../dist', import.meta.url));
const host = process.env.HOST ?? '127.0.0.1';
const preferred = Number(process.env.PORT ?? 5173);

const log = (line: string) => console.log(`[${new Date().toISOString()}] ${line}`);

async function proxyMiddleware(): Promise<{ middleware: Middleware[]; limits?: ProxyLimits }> {
  const apiKey = process.env.OPENAI_API_KEY;
  if (!apiKey) return { middleware: [] };
  const { limits, errors } = readProxyLimits(process.env);
  const { unreadableHostEntries } = await import('./createSiteGuard');
  const allowedHosts = readAllowedHosts(process.env);
  for (const entry of unreadableHostEntries(allowedHosts)) errors.push(`${ALLOWED_HOSTS_VARIABLE} has an entry that is not a host name or origin: “${entry}”.`);
  if (errors.length > 0) {
    for (const error of errors) console.error(error);
    process.exit(1);
  }
  // HOST is a name this server was started for (0.0.0.0 and :: are not names; the address a request comes in on is allowed anyway).
  const names = host === '0.0.0.0' || host === '::' ? allowedHosts : [host, ...allowedHosts];
  const { createLlmProxy } = await import('./llmProxy');
  const proxy = createLlmProxy({ apiKey, baseURL: process.env.OPENAI_BASE_URL, model: process.env.OPENAI_MODEL, allowedHosts: names, limits, log });
  return { middleware: [proxy], limits };
}

function describeLimits(limits: ProxyLimits): string[] {
  const n = (value: number) => value.toLocaleString('en-US');
  return [
    `  Limits: ${n(limits.requestsPerMinute)} requests a minute and ${limits.parallelPerClient} at once per computer, ${n(limits.dailyTokens)} tokens a day (UTC) for the server,`,
    `          replies of at most ${n(limits.maxReplyTokens)} tokens, ${n(limits.maxReplyBytes)} bytes and ${Math.round(limits.maxReplyMs / 1000)} s (silence: ${Math.round(limits.upstreamTimeoutMs / 1000)} s).`,
    `          Set them with ${Object.values(PROXY_LIMIT_VARIABLES).join(', ')}.`,
  ];
}

async function main(): Promise<void> {
  if (!existsSync(root)) {
    console.error('No build found in dist/. Run `npm start` (it builds first) or `npm run build`.');
    process.exit(1);
  }
  const { middleware, limits } = await proxyMiddleware();
  const headers = securityHeaders(process.env[CONNECT_SRC_VARIABLE]);
  for (let port = preferred; port < preferred + 20; port++) {
    try {
      const running = await startServer({ root, host, port, middleware, headers });
      console.log(`\n  Dialed In is running at ${running.url}\n`);
      if (limits) {
        const { DEFAULT_OPENAI_MODEL } = await import('../llm/llmDefaults');
        console.log(`  Model proxy on: the key stays on this server (model: ${process.env.OPENAI_MODEL || DEFAULT_OPENAI_MODEL}).`);
        for (const line of describeLimits(limits)) console.log(line);
        if (host !== '127.0.0.1' && host !== 'localhost') {
          console.log(`  HOST is ${host}: anyone who can reach this machine can use the model key through the app, within these limits.`);
          console.log(`  Other names this server is reached by go in ${ALLOWED_HOSTS_VARIABLE}.`);
        }
        console.log('');
      }
      console.log('  Press Ctrl+C to stop.');
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  console.error(`Ports ${preferred}-${preferred + 19} are all in use; set PORT to a free one.`);
  process.exit(1);
}

void main();
