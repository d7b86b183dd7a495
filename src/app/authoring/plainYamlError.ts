import { plainYamlMessage, type ValidationError } from '../../core/scenario';

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
 * Says "the text is not YAML" errors as the editor's own sentence (in the core's plain words) and gives every
 * problem its line, so the editor can list them top to bottom.
 */
export function plainProblems(errors: readonly ValidationError[], lineOf?: (path: string) => number | undefined): EditorProblem[] {
  const problems = errors.map((error): EditorProblem => {
    if (error.path !== '(file)' || !/not valid YAML or JSON/.test(error.message)) {
      const line = lineOf?.(error.path);
      return line === undefined ? error : { ...error, line };
    }
    const line = lineIn(error.message);
    const detail = error.message.replace(/^not valid YAML or JSON( \(line \d+\))?: /, '');
    const message = `The text cannot be read as YAML: ${plainYamlMessage(detail)}`;
    return { path: error.path, message, ...(line !== undefined ? { line } : {}) };
  });
  // Top to bottom; problems without a line (the file as a whole) first. Array.sort is stable.
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
