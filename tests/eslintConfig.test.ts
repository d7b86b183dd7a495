import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const AMBIENT = 'export const a = Date.now();\nexport const b = new Date();\nexport const c = Math.random();\nexport const d = new Date(0);\n';

async function rulesHit(filePath: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(AMBIENT, { filePath });
  return result!.messages.map((m) => `${m.line}:${m.ruleId}`);
}

describe('the lint rule on the time and randomness', () => {
  it('forbids Date.now, new Date() and Math.random in components and core, but not a dated new Date(ms)', { timeout: 60_000 }, async () => {
    const expected = ['1:no-restricted-properties', '2:no-restricted-syntax', '3:no-restricted-properties'];
    expect(await rulesHit('src/app/call/Probe.tsx')).toEqual(expected);
    expect(await rulesHit('src/core/call/probe.ts')).toEqual(expected);
  });

  it('allows them in the files that implement the clock', { timeout: 60_000 }, async () => {
    expect(await rulesHit('src/app/clock/systemClock.ts')).toEqual([]);
  });
});
