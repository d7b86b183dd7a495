import type { ValidationError } from '../../core/scenario/validationError';

/** The YAML library's wording, matched loosely, and what it means for someone writing a scenario. */
const PLAIN: [RegExp, string][] = [
  [/Missing closing "?quote/i, 'a quote mark is opened but never closed. Close it on the same line, or remove it.'],
  [/Missing closing '?quote/i, 'a quote mark is opened but never closed. Close it on the same line, or remove it.'],
  [/Flow sequence .*end with a \]/i, 'a list that starts with [ is never closed with ].'],
  [/Flow map .*end with a \}/i, 'a group that starts with { is never closed with }.'],
  [/Nested mappings are not allowed in compact mappings/i, 'a value contains a colon followed by a space. Put the whole value in quotes.'],
  [/All (mapping|sequence) items must start at the same column/i, 'this line is indented differently from the lines beside it. Line up keys at the same level with the same number of spaces.'],
  [/bad indentation/i, 'this line is indented differently from the lines beside it. Line up keys at the same level with the same number of spaces.'],
  [/Tabs are not allowed/i, 'a tab is used for indentation. Indent with spaces only.'],
  [/Map keys must be unique/i, 'the same key appears twice at this level. Keep one of them.'],
  [/Implicit keys need to be on a single line/i, 'a line has no “key: value” form (a colon and a space are missing, or a list item “- ” is out of place).'],
  [/Implicit map keys need to be followed by map values/i, 'a key has no colon after it. Write it as “key: value”.'],
  [/Unexpected|Expected/i, 'something is out of place here: check the brackets, quotes and colons.'],
];

/** The line a file-level parse error names, if any. */
function lineIn(message: string): number | undefined {
  const match = /\(line (\d+)\)|at line (\d+)/.exec(message);
  const line = match ? Number(match[1] ?? match[2]) : NaN;
  return Number.isFinite(line) ? line : undefined;
}

/** A problem as the editor shows it: plain words for a YAML syntax error, and the line it is on. */
export interface EditorProblem extends ValidationError {
  line?: number;
}

/**
 * Rewrites "the text is not YAML" errors in plain words (the library's own text is kept only when no rule
 * matches) and gives every problem its line, so the editor can list them top to bottom.
 */
export function plainProblems(errors: readonly ValidationError[], lineOf?: (path: string) => number | undefined): EditorProblem[] {
  const problems = errors.map((error): EditorProblem => {
    if (error.path !== '(file)' || !/not valid YAML or JSON/.test(error.message)) {
      const line = lineOf?.(error.path);
      return line === undefined ? error : { ...error, line };
    }
    const line = lineIn(error.message);
    const rule = PLAIN.find(([pattern]) => pattern.test(error.message));
    const detail = error.message.replace(/^not valid YAML or JSON( \(line \d+\))?: /, '').replace(/ at line \d+, column \d+:?$/, '');
    const message = `The text cannot be read as YAML: ${rule ? rule[1] : `${detail}.`}`;
    return { path: error.path, message, ...(line !== undefined ? { line } : {}) };
  });
  // Top to bottom; problems without a line (the file as a whole) first. Array.sort is stable.
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
