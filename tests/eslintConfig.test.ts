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

describe('the lint rule on the database', () => {
  const DATABASE_IMPORTS =
    "import { Kysely } from 'kysely';\nimport { PGlite } from '@electric-sql/pglite';\nimport pg from 'pg';\nexport const used = [Kysely, PGlite, pg];\n";
  const hits = async (filePath: string) => {
    const [result] = await new ESLint().lintText(DATABASE_IMPORTS, { filePath });
    return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line);
  };

  it('lets only the server import the database', { timeout: 60_000 }, async () => {
    expect(await hits('src/app/team/probe.ts')).toEqual([1, 2, 3]);
    expect(await hits('src/core/probe.ts')).toEqual([1, 2, 3]);
    expect(await hits('src/llm/probe.ts')).toEqual([1, 2, 3]);
    expect(await hits('src/server/team/probe.ts')).toEqual([]);
  });
});
