/** What went wrong talking to a model, in a small closed set the UI can explain. */
export type ModelErrorKind =
  | 'unreachable'
  | 'key-rejected'
  | 'model-not-found'
  | 'rate-limited'
  | 'server'
  | 'timeout'
  | 'cut-off'
  | 'malformed'
  | 'cors'
  | 'aborted';

/** A model fault with a message in plain words for the trainee; never carries the API key. */
export class ModelError extends Error {
  override readonly name = 'ModelError';
  readonly kind: ModelErrorKind;
  /** Whether trying the same request again may work. */
  readonly retryable: boolean;
  /** Text the model had already said when the reply broke off; the call keeps it as a partial turn. */
  readonly partialText?: string;
  /** HTTP status, when the server answered. */
  readonly status?: number;

  constructor(kind: ModelErrorKind, message: string, details: { retryable?: boolean; partialText?: string; status?: number } = {}) {
    super(message);
    this.kind = kind;
    this.retryable = details.retryable ?? RETRYABLE[kind];
    if (details.partialText) this.partialText = details.partialText;
    if (details.status !== undefined) this.status = details.status;
  }

  /** The same fault, remembering the text said before it happened. */
  withPartialText(partialText: string): ModelError {
    if (!partialText) return this;
    return new ModelError(this.kind, this.message, { retryable: this.retryable, partialText, status: this.status });
  }
}

const RETRYABLE: Record<ModelErrorKind, boolean> = {
  unreachable: true,
  'key-rejected': false,
  'model-not-found': false,
  'rate-limited': true,
  server: true,
  timeout: true,
  'cut-off': true,
  malformed: true,
  cors: false,
  aborted: false,
};

/** True for a ModelError (also across bundle chunks, where instanceof may fail). */
export function isModelError(error: unknown): error is ModelError {
  return error instanceof ModelError || (error instanceof Error && error.name === 'ModelError' && 'kind' in error);
}

/** Removes every occurrence of the key from a message, in case a server echoes it back. */
export function redactKey(message: string, apiKey: string | undefined): string {
  if (!apiKey || apiKey.length < 4) return message;
  return message.split(apiKey).join('[key hidden]');
}
