import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreCommand } from '../../src/cli/scoreCommand';
import { runCommand } from './memoryIo';

const dir = mkdtempSync(join(tmpdir(), 'dialed-in-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const call = join(dir, 'call.json');
writeFileSync(
  call,
  JSON.stringify({
    scenarioId: 'lease-follow-up',
    channel: 'call',
    turns: [
      { speaker: 'customer', text: 'Hello?' },
      { speaker: 'rep', text: 'Hi, just checking in to see how the car is treating you.' },
      { speaker: 'customer', text: 'Fine.' },
      { speaker: 'rep', text: 'Great. Know anybody else looking for a car?' },
    ],
  }),
);
const notJson = join(dir, 'broken.json');
writeFileSync(notJson, '{ nope');
const badTurns = join(dir, 'bad-turns.json');
writeFileSync(badTurns, JSON.stringify({ scenarioId: 'lease-follow-up', channel: 'phone', turns: [{ speaker: 'agent', text: 'Hi' }, { speaker: 'rep' }] }));
const unknownScenario = join(dir, 'unknown.json');
writeFileSync(unknownScenario, JSON.stringify({ scenarioId: 'no-such-scenario', channel: 'call', turns: [] }));

describe('npm run score', () => {
  it('prints one report per file, in order, and flags the files it cannot score', async () => {
    const run = await runCommand(scoreCommand, [call, notJson, unknownScenario, call]);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ scenarioId: 'lease-follow-up' });
    expect(lines[0].principles).toHaveLength(8);
    expect(lines[0].mistakes.some((m: { principle: string; turn: number }) => m.principle === 'purpose-first' && m.turn === 1)).toBe(true);
    expect(lines[1]).toEqual({ file: notJson, error: expect.stringMatching(/^not valid JSON/) });
    expect(lines[2]).toEqual({ file: unknownScenario, error: 'unknown scenario "no-such-scenario"' });
    expect(lines[3]).toEqual(lines[0]);
    expect(run.code).toBe(1);
  });

  it('lists every problem of a file that is not a transcript', async () => {
    const run = await runCommand(scoreCommand, [badTurns]);
    const { error } = JSON.parse(run.stdout) as { error: string };
    expect(error).toContain('At channel: expected "call" or "voicemail", got "phone"');
    expect(error).toContain('At turns.0.speaker: expected "rep" or "customer", got "agent"');
    expect(error).toContain('At turns.1.text: missing (expected a string)');
    expect(run.code).toBe(1);
  });

  it('exits 0 when every file was scored', async () => {
    expect((await runCommand(scoreCommand, [call])).code).toBe(0);
  });

  it('reads standard input for -', async () => {
    const run = await runCommand(scoreCommand, ['-'], JSON.stringify({ scenarioId: 'lease-follow-up', channel: 'call', turns: [] }));
    expect(JSON.parse(run.stdout).scenarioId).toBe('lease-follow-up');
  });
});
