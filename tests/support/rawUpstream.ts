// A bare HTTP server on 127.0.0.1 standing in for a model service that misbehaves in ways the fake
// OpenAI server does not script (endless streams, echoed keys in headers).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A running raw upstream. */
export interface RawUpstream {
  /** `http://127.0.0.1:PORT/v1` */
  baseURL: string;
  /** Chat requests received. */
  hits: number;
  close(): Promise<void>;
}

/** Starts a server whose every request is answered by `handle`. */
export async function startRawUpstream(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<RawUpstream> {
  const sockets = new Set<Socket>();
  const state = { hits: 0 };
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      state.hits++;
      handle(req, res);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    get hits() {
      return state.hits;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** One chat-completion chunk as a server-sent event. */
export function chunkEvent(content: string, finish: string | null = null): string {
  return `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1, model: 'fake-model', choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;
}
