import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { playCommand } from '../../src/cli/playCommand';
import { RESULTS_LIMITS } from '../../src/core/assignments/resultsSchema';
import { type FakeOpenAI, type FakeStep, startFakeOpenAI } from '../support/fakeOpenAI';
import { endlessInput, memoryIo } from './memoryIo';

const dir = mkdtempSync(join(tmpdir(), 'dialed-in-play-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const LINES = ["Hi Art, it's Sam from Riverside Motors: I'm calling about your plates.", "Sorry they're late. I'll bring them to your house by 5 pm Thursday."];
const linesFile = join(dir, 'lines.txt');
writeFileSync(linesFile, LINES.join('\n'));

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** Plays the two lines with the model customer: the first reply comes, every later request gets the fault. */
async function playIntoFault(fault: FakeStep, extraArgs: string[] = []) {
  fake = await startFakeOpenAI({ fallback: () => fault });
  fake.script({ reply: 'My plates? Finally. When?' });
  const run = memoryIo({ env: { OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'fake-model' } });
  const code = await playCommand(['--scenario', 'lease-follow-up', '--llm', ...extraArgs, linesFile], run.io);
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

const FAULTS: [string, FakeStep][] = [
  ['a rejected key', { fault: 'key-rejected' }],
  ['a missing model', { fault: 'model-not-found' }],
  ['a spent quota', { fault: 'rate-limited', quota: true, retryAfterMs: 1 }],
  ['a rate limit that lasts', { fault: 'rate-limited', retryAfterMs: 1 }],
  ['a server error that lasts', { fault: 'server-error', retryAfterMs: 1 }],
  ['a 503', { fault: 'server-error', status: 503, retryAfterMs: 1 }],
  ['a body that is not JSON', { fault: 'malformed' }],
  ['a body without choices', { fault: 'wrong-shape' }],
  ['a refused request', { fault: 'bad-request', message: 'This model does not do that.' }],
  ['a stream that ends without finishing', { fault: 'no-finish', before: 'Well, that is' }],
];

describe('npm run play -- --llm when the model fails', () => {
  it.each(FAULTS)('prints the call so far, then the error, and exits 1, on %s', async (_, fault) => {
    const { code, stdout, stderr } = await playIntoFault(fault);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^Art Mitchell: .+\nYou: Hi Art, it's Sam from Riverside Motors: I'm calling about your plates\.\nArt Mitchell: My plates\? Finally\. When\?\nYou: Sorry they're late\./,
    );
    expect(stdout).toContain('[call broke off]');
    expect(stdout).not.toContain('"overall"');
    expect(stderr.trim()).not.toBe('');
  });

  it('keeps a reply cut off mid-stream, marked as cut off', async () => {
    const { code, stdout, stderr } = await playIntoFault({ fault: 'cut-off', before: 'Thursday? Well, I suppose that' });
    expect(code).toBe(1);
    expect(stdout).toContain('Art Mitchell: Thursday? Well, I suppose that [cut off mid-reply]');
    expect(stderr).not.toBe('');
  });

  it('with --json, prints the call so far and the error as one object', async () => {
    const { code, stdout, stderr } = await playIntoFault({ fault: 'server-error', retryAfterMs: 1 }, ['--json']);
    expect(code).toBe(1);
    const printed = JSON.parse(stdout) as { transcript: { scenarioId: string; turns: { speaker: string; text: string }[] }; error: string };
    expect(printed.transcript.scenarioId).toBe('lease-follow-up');
    expect(printed.transcript.turns.map((t) => t.speaker)).toEqual(['customer', 'rep', 'customer', 'rep']);
    expect(printed.error).toBe(stderr);
  });
});

describe('npm run play, given lines that are not lines', () => {
  it('refuses a binary file at once', async () => {
    const binary = join(dir, 'photo.jpg');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]));
    const run = memoryIo();
    expect(await playCommand(['--scenario', 'lease-follow-up', binary], run.io)).toBe(1);
    expect(run.stderr()).toBe(`${binary}: not a text file (it may be a picture, a spreadsheet or damaged)`);
    expect(run.stdout()).toBe('');
  });

  it('refuses /dev/zero at once, without reading it whole', async () => {
    const run = memoryIo();
    expect(await playCommand(['--scenario', 'lease-follow-up', '/dev/zero'], run.io)).toBe(1);
    expect(run.stderr()).toBe('/dev/zero: not a text file (it may be a picture, a spreadsheet or damaged)');
  });

  it('refuses a file over the app’s size limit from its size alone', async () => {
    const huge = join(dir, 'huge.txt');
    // Sparse: 200 MB on paper, nothing on disk.
    writeFileSync(huge, '');
    const { truncateSync } = await import('node:fs');
    truncateSync(huge, 200_000_000);
    const run = memoryIo();
    expect(await playCommand(['--scenario', 'lease-follow-up', huge], run.io)).toBe(1);
    expect(run.stderr()).toBe(`${huge}: too large: 200.0 MB, the limit is ${(RESULTS_LIMITS.maxBytes / 1_000_000).toFixed(1)} MB`);
  });

  it('stops reading standard input that never ends once it passes the limit', async () => {
    const { stdin, state } = endlessInput('Hi Art, about your plates.\n'.repeat(2_000));
    const run = memoryIo({ stdin });
    expect(await playCommand(['--scenario', 'lease-follow-up'], run.io)).toBe(1);
    expect(run.stderr()).toBe(`Standard input: too large: over the limit of ${(RESULTS_LIMITS.maxBytes / 1_000_000).toFixed(1)} MB`);
    expect(state.bytesRead).toBeLessThan(RESULTS_LIMITS.maxBytes + 100_000);
  });

  it('reads a UTF-16 file as the app’s History does', async () => {
    const utf16 = join(dir, 'lines-utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINES.join('\n'), 'utf16le')]));
    const run = memoryIo();
    expect(await playCommand(['--scenario', 'lease-follow-up', '--seed', '3', utf16], run.io)).toBe(0);
    expect(run.stdout()).toContain(`You: ${LINES[0]}`);
  });
});
