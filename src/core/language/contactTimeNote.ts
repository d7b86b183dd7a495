// When the customer asked not to be called: "call her after 2 pm, never during the morning rush", "not before ten".
const FORBIDDEN_TIME = /\b(?:call|ring|phone|contact)\b[^.;]*?\b(?:never|not|do not|don't|avoid)\b(?: (?:during|in|at|before|after|on|over))? ([^.;]+)/;

/** The part of a note on when to call that says when not to ("the morning rush"), or null when it forbids no time. */
export function forbiddenCallTime(note: string): string | null {
  return FORBIDDEN_TIME.exec(note.toLowerCase())?.[1] ?? null;
}
