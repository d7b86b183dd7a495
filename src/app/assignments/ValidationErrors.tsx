import { formatValidationError, type ValidationError } from '../../core/scenario/validationError';

/** Every problem found in a file or link, as a list (text only, never markup); long lists are cut with a count. */
export function ValidationErrors({ errors, limit = 12 }: { errors: readonly ValidationError[]; limit?: number }) {
  const shown = errors.slice(0, limit);
  return (
    <ul className="wf-errors">
      {shown.map((error, index) => (
        <li key={`${error.path}-${index}`}>
          <code>{error.path}</code> {formatValidationError(error).slice(`At ${error.path}: `.length)}
        </li>
      ))}
      {errors.length > limit && <li className="muted">…and {errors.length - limit} more.</li>}
    </ul>
  );
}
