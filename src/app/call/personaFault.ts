/** A model fault may carry the text that arrived before the stream broke. */
export function partialTextOf(error: unknown): string | undefined {
  const text = (error as { partialText?: unknown } | null)?.partialText;
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/** Model faults say whether retrying can help; a missing set-up never can. */
function retryableOf(error: unknown): boolean {
  const e = error as { retryable?: unknown; name?: unknown } | null;
  if (e?.name === 'LlmNotConfiguredError') return false;
  return e?.retryable !== false;
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim() || 'The customer could not answer.';
}

/** What the call screen says when the customer could not answer, and whether trying again can help. */
export function personaFault(error: unknown): { fault: string; faultRetryable: boolean } {
  return { fault: messageOf(error), faultRetryable: retryableOf(error) };
}
