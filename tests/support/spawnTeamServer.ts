// Starts tests/support/teamServerProcess.ts as a child process and waits for its address.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { DatabaseTarget } from '../../src/server/team/db/openDatabase';

export interface TeamProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown code runs, as in a crash or a power cut of the process. */
  kill(): Promise<void>;
}

export async function spawnTeamServer(target: DatabaseTarget): Promise<TeamProcess> {
  // Node itself with tsx as a loader, not the tsx wrapper: SIGKILL must hit the server, not leave it running orphaned.
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('tests/support/teamServerProcess.ts'), JSON.stringify(target)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) resolveUrl((JSON.parse(line) as { url: string }).url);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`team server exited with ${code}:\n${output}`)));
  });
  child.once('exit', (code, signal) => {
    if (signal !== 'SIGKILL') process.stderr.write(`team server process ended (${code ?? signal}):\n${output.slice(-2000)}\n`);
  });
  return {
    url,
    child,
    kill: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGKILL');
      }),
  };
}
