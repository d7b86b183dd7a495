/** What a candidate library gives the matchers: lemmas and date/time recognition, over normalized text. */
export interface NlpEngine {
  name: string;
  /** The text as lemmas joined by single spaces; sentence punctuation (. ! ? ;) kept as its own token, other punctuation dropped. */
  lemmaText(normalized: string): string;
  /** True when the library finds a date or a time in the text. */
  findsTime(normalized: string): boolean;
}
