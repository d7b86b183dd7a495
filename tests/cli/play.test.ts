import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playCommand } from '../../src/cli/playCommand';
import { runCommand } from './memoryIo';
import { ROOT } from './runTsx';

const lines = JSON.parse(readFileSync(`${ROOT}/tests/fixtures/persona/lines/lease-follow-up.json`, 'utf8')) as { good: string[]; bad: string[] };

describe('npm run play', () => {
  it('plays good lines to the goal and prints the transcript and the report', async () => {
    const run = await runCommand(playCommand, ['--scenario', 'lease-follow-up', '--seed', '3'], lines.good.join('\n'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`You: ${lines.good[0]}`);
    expect(run.stdout).toContain('[call ended: goal-reached]');
    expect(run.stdout).toContain('"overall"');
  });

  it('gives the same call for the same seed and lines', async () => {
    const args = ['--scenario', 'lease-follow-up', '--seed', '11', '--json'];
    const first = await runCommand(playCommand, args, lines.bad.join('\n'));
    const second = await runCommand(playCommand, args, lines.bad.join('\n'));
    expect(JSON.parse(first.stdout)).toEqual(JSON.parse(second.stdout));
  });

  it('refuses an unknown scenario and a bad difficulty with a message', async () => {
    const unknown = await runCommand(playCommand, ['--scenario', 'nope'], 'hello');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Unknown scenario "nope"');
    const bad = await runCommand(playCommand, ['--scenario', 'lease-follow-up', '--difficulty', 'brutal'], 'hello');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--difficulty must be easy, medium or hard');
  });

  it('prints help with -h', async () => {
    expect((await runCommand(playCommand, ['-h'])).stdout).toMatch(/^Usage: npm run play/);
  });
});
