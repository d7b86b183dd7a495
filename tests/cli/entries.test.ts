import { describe, expect, it } from 'vitest';
import { runTsx } from './runTsx';

// The commands are tested in this process (play.test.ts, score.test.ts, validate.test.ts); this checks that each
// entry file runs its command on the real process's arguments and exit code.
describe('the command-line entry files', () => {
  it('run their command in a process of their own: -h prints its help, a bad option exits 2', async () => {
    const [play, score, validate, bad] = await Promise.all([
      runTsx('src/cli/play.ts', ['-h']),
      runTsx('src/cli/score.ts', ['-h']),
      runTsx('src/cli/validate.ts', ['-h']),
      runTsx('src/cli/validate.ts', ['--no-such-option']),
    ]);
    expect(play).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: npm run play/) });
    expect(score).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: npm run score/) });
    expect(validate).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: npm run validate/) });
    expect(bad.code).toBe(2);
    // Four Node processes compiling TypeScript: slow on a loaded 2-core machine.
  }, 120_000);
});
