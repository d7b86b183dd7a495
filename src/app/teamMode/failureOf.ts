import { TeamApiError } from './teamApi';
import type { Failure } from './teamState';

/** An error as a form shows it: the server's sentence and the fields it names. */
export function failureOf(error: unknown): Failure {
  if (error instanceof TeamApiError) return { message: error.message, problems: error.problems };
  return { message: error instanceof Error ? error.message : String(error), problems: [] };
}

/** Runs an action; a failure is returned, not thrown, for the form to show. */
export async function attempt(action: () => Promise<unknown>): Promise<Failure | undefined> {
  try {
    await action();
    return undefined;
  } catch (error) {
    return failureOf(error);
  }
}
