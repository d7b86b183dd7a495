import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Source text without comments, so prose like "a document." is not mistaken for code. */
function codeOf(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1] as string);
}

describe('architecture', () => {
  it('keeps src/core free of UI, model SDK, DOM and Node imports', () => {
    const forbidden = /^(react|react-dom|zustand|framer-motion|openai|idb)(\/|$)|^node:|^(fs|path|http|os|child_process)$/;
    const offenders = sourceFiles(join(SRC, 'core')).flatMap((file) =>
      importsOf(file)
        .filter((name) => forbidden.test(name))
        .map((name) => `${relative(SRC, file)} imports ${name}`),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps src/core free of browser globals', () => {
    const globals = /\b(window|document|localStorage|indexedDB|navigator)\s*\./;
    const offenders = sourceFiles(join(SRC, 'core')).filter((file) => globals.test(codeOf(file)));
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });

  it('imports the openai SDK only from src/llm', () => {
    const offenders = sourceFiles(SRC).filter(
      (file) => !relative(SRC, file).startsWith('llm') && importsOf(file).some((name) => name === 'openai' || name.startsWith('openai/')),
    );
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });

  it('uses no unseeded randomness in src/core', () => {
    const offenders = sourceFiles(join(SRC, 'core')).filter((file) => /Math\.random\(|Date\.now\(|new Date\(\)/.test(codeOf(file)));
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });
});
