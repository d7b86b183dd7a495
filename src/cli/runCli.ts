import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Parsed command-line values and positionals. */
export type ParsedArgs = ReturnType<typeof parseArgs>;

/** Parses arguments, prints help for -h, runs `main` and exits with its code; usage errors exit 2. */
export function runCli(help: string, options: ParseArgsConfig['options'], main: (args: ParsedArgs) => Promise<number>): void {
  let args: ParsedArgs;
  try {
    args = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${help}`);
    process.exit(2);
  }
  if (args.values.help) {
    console.log(help);
    process.exit(0);
  }
  main(args).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}

/** Reads all of standard input as text. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
