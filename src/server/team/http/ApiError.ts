// An error the API answers with: a status, a plain sentence and, for bad input, every problem with its path.
import type { ValidationError } from '../../../core';

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503,
    message: string,
    readonly code: string,
    readonly problems?: ValidationError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

/** 404 for what does not exist and for what the caller may not see alike, so ids of other teams reveal nothing. */
export const notFound = (what: string) => new ApiError(404, `No ${what} with that id.`, 'not_found');
export const forbidden = (message: string) => new ApiError(403, message, 'forbidden');
export const conflict = (message: string, code = 'conflict') => new ApiError(409, message, code);
export const invalid = (message: string, problems: ValidationError[]) => new ApiError(400, message, 'invalid_request', problems);
