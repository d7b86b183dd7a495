// The README's table of principles is rendered from the definitions. After adding or rewording a principle:
//   UPDATE_README=1 npx vitest run tests/core/principles/principlesReadme.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citeLessonSources } from '../../../src/core/onboarding/lessons';
import { PRINCIPLES } from '../../../src/core/principles/principles';

const README = join(import.meta.dirname, '..', '..', '..', 'README.md');
const START = '<!-- principles table: rendered from src/core/principles/definitions -->';
const END = '<!-- end of principles table -->';

/** The markdown table: id, title, default weight and sources, in teaching order. */
function principlesTable(): string {
  const rows = PRINCIPLES.map((p) => `| \`${p.id}\` | ${p.title} | ${p.weight} | ${citeLessonSources(p.sources).join('; ')} |`);
  return ['| id | principle | default weight | from |', '|---|---|---|---|', ...rows].join('\n');
}

describe('the README', () => {
  it('lists every principle as its definition has it', () => {
    const text = readFileSync(README, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    expect(start, `README.md has the markers ${START} … ${END}`).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const expected = `${START}\n${principlesTable()}\n${END}`;
    if (process.env.UPDATE_README === '1') writeFileSync(README, text.slice(0, start) + expected + text.slice(end + END.length));
    else expect(text.slice(start, end + END.length), 'run with UPDATE_README=1 to re-render the table').toBe(expected);
  });
});
