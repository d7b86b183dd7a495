import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Parsed command-line values and positionals. */
export type ParsedArgs = ReturnType<typeof parseArgs>;

/** What a command reads from and writes to; the process's own streams, or a test's. */
export interface CliIo {
  /** Writes one line (or more) to standard output. */
  out(text: string): void;
  /** Writes one line (or more) to standard error. */
  err(text: string): void;
  stdin: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
}

/** A command: arguments and streams in, exit code out. Never exits the process itself. */
export type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

/** Parses arguments, answers -h with the help and usage errors with exit 2, and reports a thrown error with exit 1. */
export function defineCommand(help: string, options: ParseArgsConfig['options'], main: (args: ParsedArgs, io: CliIo) => Promise<number>): Command {
  return async (argv, io) => {
    let args: ParsedArgs;
    try {
      args = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    } catch (error) {
      io.err(`${(error as Error).message}\n\n${help}`);
      return 2;
    }
    if (args.values.help) {
      io.out(help);
      return 0;
    }
    try {
      return await main(args, io);
    } catch (error) {
      io.err(error instanceof Error ? error.message : String(error));
      return 1;
    }
  };
}

/** The process's own streams. */
export const processIo: CliIo = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  // Touched only when a command reads it, so a command that does not leaves the terminal alone.
  get stdin() {
    return process.stdin;
  },
  env: process.env,
};

/** Runs a command on this process's arguments and streams, and sets the exit code. */
export function runCli(command: Command): void {
  void command(process.argv.slice(2), processIo).then((code) => {
    process.exitCode = code;
  });
}
