import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenarioFiles } from '../../src/node/loadScenarioFiles';
import { validateCommand } from '../../src/cli/validateCommand';
import { runCommand } from './memoryIo';
import { ROOT } from './runTsx';

const minimal = join(ROOT, 'tests/fixtures/scenarios/minimal.yaml');
const dir = mkdtempSync(join(tmpdir(), 'dialed-in-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run validate', () => {
  it('passes a valid file and exits 0', async () => {
    const run = await runCommand(validateCommand, [minimal]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('ok    tests/fixtures/scenarios/minimal.yaml');
  });

  it('lists every problem with its path and exits 1', async () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, readFileSync(minimal, 'utf8').replace('channel: call', 'channel: fax\ncolour: red'));
    const run = await runCommand(validateCommand, [minimal, broken]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('At channel: expected "call" or "voicemail", got "fax"');
    expect(run.stdout).toContain('At colour: unknown key');
    expect(run.stdout).toContain('1 valid, 1 invalid');
  });

  it('flags two files that use the same scenario id', async () => {
    const run = await runCommand(validateCommand, [minimal, minimal]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('At id: duplicate scenario id "minimal-call"');
  });

  it('validates every scenario shipped in scenarios/ by default', async () => {
    const run = await runCommand(validateCommand, []);
    expect(run.stdout).toMatch(/12 valid, 0 invalid/);
    expect(run.code).toBe(0);
  });

  it('refuses /dev/zero and a binary file in plain words, without reading them whole', async () => {
    const binary = join(dir, 'scenario.yaml');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const results = await loadScenarioFiles(['/dev/zero', binary]);
    expect(results.map((r) => r.errors)).toEqual([
      [{ path: '(file)', message: 'not a text file (it may be a picture, a spreadsheet or damaged)' }],
      [{ path: '(file)', message: 'not a text file (it may be a picture, a spreadsheet or damaged)' }],
    ]);
  });

  it('prints help with -h', async () => {
    const run = await runCommand(validateCommand, ['-h']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: npm run validate/);
  });
});
