import type { CliIo, Command } from '../../src/cli/runCli';

/** A command's streams in memory: what it printed, and standard input from the given pieces. */
export function memoryIo(options: { env?: CliIo['env']; stdin?: AsyncIterable<Uint8Array | string> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    stdin: options.stdin ?? (async function* () {})(),
    env: options.env ?? {},
  };
  return { io, stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}

/** Standard input that never ends (like `cat /dev/urandom | base64`), counting what was read from it. */
export function endlessInput(piece: string) {
  const state = { bytesRead: 0 };
  const stdin = (async function* () {
    for (;;) {
      state.bytesRead += piece.length;
      yield piece;
    }
  })();
  return { stdin, state };
}

/** Runs a command in this process, as `npm run` would run it, with `input` as standard input. */
export async function runCommand(command: Command, args: readonly string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const run = memoryIo({
    stdin: (async function* () {
      if (input !== undefined) yield input;
    })(),
  });
  const code = await command(args, run.io);
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}
