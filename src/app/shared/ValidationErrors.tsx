import { formatValidationError, type ValidationError } from '../../core/scenario';

/** How a form names a problem: a field label and advice instead of the raw path and message. */
export type DescribeError = (error: ValidationError) => { label: string; message: string };

/**
 * Every problem found in a file or link, as a list (text only, never markup); long lists are cut with a count.
 * `lineOf` adds the line of the path in the source text where it can be found; `describe` swaps raw keys for labels.
 */
export function ValidationErrors({
  errors,
  limit = 12,
  lineOf,
  describe,
}: {
  errors: readonly ValidationError[];
  limit?: number;
  lineOf?: (path: string) => number | undefined;
  describe?: DescribeError;
}) {
  const shown = errors.slice(0, limit);
  return (
    <ul className="wf-errors">
      {shown.map((error, index) => {
        if (describe) {
          const { label, message } = describe(error);
          return (
            <li key={`${error.path}-${index}`}>
              <strong>{label}:</strong> {message}
            </li>
          );
        }
        // A problem may carry its own line (the editor's plain-words syntax errors).
        const line = (error as { line?: number }).line ?? lineOf?.(error.path);
        // `(file)` and `(root)` name no place in the text: the message says it all.
        const whole = error.path.startsWith('(');
        return (
          <li key={`${error.path}-${index}`}>
            {line !== undefined && <span className="wf-error-line">Line {line}: </span>}
            {!whole && <code>{error.path}</code>}
            {whole ? '' : ' '}
            {formatValidationError(error).slice(`At ${error.path}: `.length)}
          </li>
        );
      })}
      {errors.length > limit && <li className="muted">…and {errors.length - limit} more.</li>}
    </ul>
  );
}
