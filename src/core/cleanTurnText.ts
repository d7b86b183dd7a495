/** Longest turn kept; a phone turn longer than this is a monologue, and the rest is cut with a notice. */
export const MAX_TURN_CHARS = 2_000;

/** A turn's text made safe to store and score, and whether it was cut. */
export interface CleanText {
  text: string;
  cut: boolean;
}

/** Removes control characters and surrounding space and cuts overlong text; never throws. */
export function cleanTurnText(raw: unknown): CleanText {
  const text = typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
  // Keep newlines and tabs as spaces; drop other control characters and lone surrogates' damage.
  const cleaned = text
    // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned.length <= MAX_TURN_CHARS) return { text: cleaned, cut: false };
  const chars = Array.from(cleaned.slice(0, MAX_TURN_CHARS + 1)).slice(0, MAX_TURN_CHARS - 1);
  return { text: `${chars.join('').trimEnd()}…`, cut: true };
}
