// Starts the server on the preferred port, or the next free one of twenty.
import { type RunningServer, type ServerOptions, startServer } from './startServer';

/** The running server, or undefined when all twenty ports are taken. */
export async function listenOnFreePort(options: ServerOptions & { port: number }): Promise<RunningServer | undefined> {
  for (let port = options.port; port < options.port + 20; port++) {
    try {
      return await startServer({ ...options, port });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    }
  }
  return undefined;
}
