// `npm start`: serves the built app on this machine, with the model proxy when a key is in the environment.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer, type Middleware } from './startServer';

const root = fileURLToPath(new URL('../../dist', import.meta.url));
const host = process.env.HOST ?? '127.0.0.1';
const preferred = Number(process.env.PORT ?? 5173);

async function proxyMiddleware(): Promise<Middleware[]> {
  const apiKey = process.env.OPENAI_API_KEY;
  if (!apiKey) return [];
  const { createLlmProxy } = await import('./llmProxy');
  return [createLlmProxy({ apiKey, baseURL: process.env.OPENAI_BASE_URL, model: process.env.OPENAI_MODEL })];
}

async function main(): Promise<void> {
  if (!existsSync(root)) {
    console.error('No build found in dist/. Run `npm start` (it builds first) or `npm run build`.');
    process.exit(1);
  }
  const middleware = await proxyMiddleware();
  for (let port = preferred; port < preferred + 20; port++) {
    try {
      const running = await startServer({ root, host, port, middleware });
      console.log(`\n  Dialed In is running at ${running.url}\n`);
      if (middleware.length > 0) {
        const { DEFAULT_OPENAI_MODEL } = await import('../llm/llmDefaults');
        console.log(`  Model proxy on: the key stays on this server (model: ${process.env.OPENAI_MODEL || DEFAULT_OPENAI_MODEL}).`);
        if (host !== '127.0.0.1' && host !== 'localhost') console.log(`  HOST is ${host}: anyone who can reach this machine can use the model key through the app.`);
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
