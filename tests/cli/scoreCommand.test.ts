import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreCommand } from '../../src/cli/scoreCommand';
import { RESULTS_LIMITS } from '../../src/core/assignments/resultsSchema';
import { endlessInput, memoryIo } from './memoryIo';

const dir = mkdtempSync(join(tmpdir(), 'dialed-in-score-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const limit = `${(RESULTS_LIMITS.maxBytes / 1_000_000).toFixed(1)} MB`;
const call = (turns: { speaker: string; text: string }[]) => JSON.stringify({ scenarioId: 'lease-follow-up', channel: 'call', turns });

async function score(args: string[], stdin?: AsyncIterable<string>) {
  const run = memoryIo({ stdin });
  const code = await scoreCommand(args, run.io);
  return {
    code,
    lines: run
      .stdout()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('npm run score, given what is not a transcript of the app’s size', () => {
  it('refuses a 200 MB file from its size, before reading it', async () => {
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 200_000_000);
    const { code, lines } = await score([huge]);
    expect(code).toBe(1);
    expect(lines).toEqual([{ file: huge, error: `too large: 200.0 MB, the limit is ${limit}` }]);
  });

  it('refuses /dev/zero at once, in plain words', async () => {
    const { code, lines } = await score(['/dev/zero']);
    expect(code).toBe(1);
    expect(lines).toEqual([{ file: '/dev/zero', error: 'not a text file (it may be a picture, a spreadsheet or damaged)' }]);
  });

  it('stops reading standard input that never ends once it passes the limit', async () => {
    const { stdin, state } = endlessInput(`{"scenarioId": "lease-follow-up", "turns": [${'"x",'.repeat(10_000)}`);
    const { code, lines } = await score(['-'], stdin);
    expect(code).toBe(1);
    expect(lines).toEqual([{ file: '-', error: `too large: over the limit of ${limit}` }]);
    expect(state.bytesRead).toBeLessThan(RESULTS_LIMITS.maxBytes + 100_000);
  });

  it('holds a transcript to the turn limits of an imported call, with the path of what is over', async () => {
    const many = join(dir, 'many-turns.json');
    writeFileSync(many, call(Array.from({ length: RESULTS_LIMITS.maxTurns + 1 }, (_, i) => ({ speaker: i % 2 ? 'rep' : 'customer', text: 'Hello.' }))));
    const long = join(dir, 'long-turn.json');
    writeFileSync(
      long,
      call([
        { speaker: 'customer', text: 'Art speaking.' },
        { speaker: 'rep', text: 'a'.repeat(RESULTS_LIMITS.maxTurnChars + 1) },
      ]),
    );
    const { code, lines } = await score([many, long]);
    expect(code).toBe(1);
    expect(lines[0]).toEqual({
      file: many,
      error: `over the app's limits: At turns: too many turns: ${RESULTS_LIMITS.maxTurns + 1}, the limit is ${RESULTS_LIMITS.maxTurns}`,
    });
    expect(lines[1]).toEqual({ file: long, error: "over the app's limits: At turns.1.text: too long: 10,001 characters, the limit is 10,000" });
  });

  it('still scores a transcript within the limits, and says which files it could not read', async () => {
    const ok = join(dir, 'ok.json');
    writeFileSync(
      ok,
      call([
        { speaker: 'customer', text: 'Art speaking.' },
        { speaker: 'rep', text: "Hi Art, it's Sam: I'm calling about your plates." },
      ]),
    );
    const { code, lines } = await score([ok, join(dir, 'missing.json'), dir]);
    expect(code).toBe(1);
    expect(lines[0]).toMatchObject({ scenarioId: 'lease-follow-up' });
    expect(lines[1]).toEqual({ file: join(dir, 'missing.json'), error: 'no such file' });
    expect(lines[2]).toEqual({ file: dir, error: 'this is a folder, not a file' });
  });
});
