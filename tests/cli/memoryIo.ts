import type { CliIo } from '../../src/cli/runCli';

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
