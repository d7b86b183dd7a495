/** The source articles behind the principles, by file number, with the name shown to users. */
export const SOURCES = {
  '000': '“How’s it going?” is NOT a good call strategy',
  '001': '“How’s it going?” is NOT a good call strategy (short version)',
  '002': '“How’s it going?” is NOT a good call strategy (with reader comments)',
  '003': 'The right to be pursued',
  '004': '“I just called to see how things are going” (the Wendy conversation)',
} as const;

/** One of the five source articles. */
export type SourceId = keyof typeof SOURCES;

/** A citation of a source, optionally naming the reader comment it comes from. */
export interface SourceRef {
  article: SourceId;
  commenter?: 'Knox' | 'Ellis' | 'McCants' | 'Slavin' | 'Betts' | 'Lehrer';
}

/** Human-readable citation such as `“The right to be pursued”` or `… (reader comment by Slavin)`. */
export function citeSource(ref: SourceRef): string {
  const name = SOURCES[ref.article];
  return ref.commenter ? `${name}, reader comment by ${ref.commenter}` : name;
}
