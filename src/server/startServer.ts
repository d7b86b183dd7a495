import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { securityHeaders } from './securityHeaders';

/** A request handler that may decline a request by resolving to false. */
export type Middleware = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean;

/** Where and what to serve. */
export interface ServerOptions {
  /** The built app (dist/). */
  root: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Handlers tried before static files, such as the model proxy. */
  middleware?: Middleware[];
  /** Headers on every response (default: `securityHeaders()`, the CSP and anti-framing headers). */
  headers?: Record<string, string>;
}

/** A running server and its address. */
export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileAt(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const candidate = resolve(root, `.${normalize(decoded)}`);
  // Never serve outside the build folder.
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) return fileAt(root, join(decoded, 'index.html'));
  } catch {
    return undefined;
  }
  return undefined;
}

async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const path = req.url ?? '/';
  // Unknown paths without an extension are app routes: hand them index.html.
  const file = (await fileAt(root, path)) ?? (extname(path.split('?')[0] ?? '') === '' ? join(root, 'index.html') : undefined);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const hashed = file.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/** Serves the built app (and any middleware) over HTTP; resolves once listening. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const root = resolve(options.root);
  const host = options.host ?? '127.0.0.1';
  const headers = options.headers ?? securityHeaders();
  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    void (async () => {
      for (const handle of options.middleware ?? []) if (await handle(req, res)) return;
      await serveStatic(root, req, res);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Server error: ${(error as Error).message}`);
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolvePromise({
        url: `http://${host}:${port}/`,
        port,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
