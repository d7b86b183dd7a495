import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const APP = resolve('src/app');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The folder right under src/app that holds `path` (`call`, `shell`, …); files at its top are the app's root, `.`. */
function folderOf(path: string): string {
  const parts = relative(APP, path).split(sep);
  return parts.length > 1 ? parts[0]! : '.';
}

/** Which app folders each app folder imports (static, type-only and `import()` alike), with one file that does it. */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of filesUnder(APP)) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolve(dirname(file), fileName);
      if (!target.startsWith(APP + sep)) continue;
      const to = folderOf(target);
      if (to !== from && !edges.has(to)) edges.set(to, `${relative(APP, file)} imports ${fileName}`);
    }
  }
  return graph;
}

/** Every group of folders that reach each other (Tarjan's strongly connected components of more than one folder). */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    for (const to of graph.get(node)?.keys() ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (stack.includes(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        group.push(member);
      } while (member !== node);
      if (group.length > 1) found.push(group.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('the folders of src/app', () => {
  it('load modules only by import, never by a glob over code (tools and readers cannot see those imports)', () => {
    // Data globs over scenarios/*.yaml are the one exception: a scenario file is added by dropping it in.
    const globs = filesUnder(APP).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/import\.meta\.glob(?:<[^>]*>)?\(\s*(['"])([^'"]+)\1/g)].map((m) => `${relative(APP, file)}: ${m[2]}`),
    );
    expect(globs.filter((glob) => !glob.endsWith(': ../../../scenarios/*.yaml'))).toEqual([]);
  });

  it('import each other without a cycle', () => {
    const graph = folderGraph();
    const report = cycles(graph).map((group) => {
      const edges = group.flatMap((from) => [...(graph.get(from) ?? [])].filter(([to]) => group.includes(to)).map(([to, why]) => `  ${from} → ${to} (${why})`));
      return `${group.join(' ↔ ')}\n${edges.join('\n')}`;
    });
    expect(report, report.join('\n\n')).toEqual([]);
  });
});
