import { describe, expect, it } from 'vitest';
import { plainProblems } from '../../../src/app/authoring/plainYamlError';

describe('plain-words editor problems', () => {
  it('rewrites the YAML library’s text in plain words and keeps the line it names', () => {
    const [problem] = plainProblems([{ path: '(file)', message: 'not valid YAML or JSON (line 7): Missing closing "quote at line 7, column 17:' }]);
    expect(problem).toEqual({
      path: '(file)',
      line: 7,
      message: 'The text cannot be read as YAML: a quote mark is opened but never closed. Close it on the same line, or remove it.',
    });
  });

  it('keeps the library’s words, without the column, when no rule fits', () => {
    const [problem] = plainProblems([{ path: '(file)', message: 'not valid YAML or JSON (line 2): Something odd at line 2, column 3:' }]);
    expect(problem!.message).toBe('The text cannot be read as YAML: Something odd.');
  });

  it('sorts problems by line, with whole-file problems first', () => {
    const lines: Record<string, number> = { 'persona.name': 67, title: 7 };
    const problems = plainProblems(
      [
        { path: 'persona.name', message: 'a' },
        { path: '(root)', message: 'b' },
        { path: 'title', message: 'c' },
      ],
      (path) => lines[path],
    );
    expect(problems.map((p) => p.path)).toEqual(['(root)', 'title', 'persona.name']);
  });
});
