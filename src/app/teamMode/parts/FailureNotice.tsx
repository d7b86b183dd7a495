import type { Failure } from '../teamState';

/** A refused form: the server's sentence, and each field it names. */
export function FailureNotice({ failure }: { failure: Failure | undefined }) {
  if (!failure) return null;
  return (
    <div className="notice notice-danger" role="alert">
      <div className="notice-body">
        {/* The fields named by the server carry their own message; the notice then only points to them. */}
        <strong>{failure.problems.length > 0 ? 'Check the fields marked above.' : failure.message}</strong>
      </div>
    </div>
  );
}

/** The server's words about one field, if it named it. */
export function fieldProblem(failure: Failure | undefined, path: string): string | undefined {
  return failure?.problems.find((p) => p.path === path || p.path.startsWith(`${path}.`))?.message;
}
