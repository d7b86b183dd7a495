// Runs the command behind `npm run team` (its build step aside: the browser tests serve dist/ as built) on a free
// port with PGlite in a temporary folder, and reads its address and one-time setup code from what it prints.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyEmptyPglite } from './pgliteTemplate';

export interface TeamCommand {
  url: string;
  setupCode: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startTeamCommand(): Promise<TeamCommand> {
  const data = await mkdtemp(join(tmpdir(), 'dialed-in-team-data-'));
  try {
    return await runTeamCommand(data);
  } catch (error) {
    // A command that failed to start has exited, and no caller gets its stop(): remove its folder here.
    await rm(data, { recursive: true, force: true });
    throw error;
  }
}

async function runTeamCommand(data: string): Promise<TeamCommand> {
  // An empty database to start from, as a first `npm run team` makes, without its seconds of initdb.
  await copyEmptyPglite(data);
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: '0', DIALED_IN_TEAM_DATA: data };
  for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL', 'DATABASE_URL', 'DIALED_IN_PUBLIC_URL']) delete env[name];
  // Node itself with tsx as a loader, so stopping the child stops the server (the tsx wrapper would leave it orphaned).
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('src/server/team/startTeamServer.ts')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const started = await new Promise<{ url: string; setupCode: string }>((done, fail) => {
    const check = () => {
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      const code = /^\s+([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})\s*$/m.exec(output)?.[1];
      if (url && code) done({ url, setupCode: code });
    };
    child.stdout!.on('data', (chunk: Buffer) => ((output += chunk.toString()), check()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => fail(new Error(`npm run team exited with ${code}:\n${output}`)));
  });
  return {
    ...started,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(data, { recursive: true, force: true });
    },
  };
}
