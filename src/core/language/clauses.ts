/** Sentence ends, semicolons and commas, but not the point or comma inside a number ("1.9%", "2,390"). */
const CLAUSE_END = /[!?;]+|(?<!\d)[.,]+|[.,]+(?!\d)/;

/** Splits normalized text into clauses at sentence ends, semicolons and commas; never more than `limit` clauses. */
export function splitClauses(normalized: string, limit = 200): string[] {
  const clauses: string[] = [];
  for (const part of normalized.split(CLAUSE_END)) {
    const clause = part.trim();
    if (clause.length > 0) clauses.push(clause);
    if (clauses.length >= limit) break;
  }
  return clauses;
}

/** The first `count` words of a text, for judging how a message opens. */
export function leadingWords(text: string, count: number): string {
  const words = text.split(/\s+/).filter((word) => word.length > 0);
  return words.slice(0, count).join(' ');
}

/** The sentences of a text, split after their closing mark; empty ones are dropped. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim().length > 0);
}

/** The last sentence of a text: where a line that trails off on a dash was broken into. */
export function lastSentence(text: string): string {
  const sentences = splitSentences(text);
  return sentences[sentences.length - 1] ?? '';
}
