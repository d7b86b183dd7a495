/** A greeting at the start of a line: "Hi Art, …", "Good morning, …". */
const GREETING = /^[^\p{L}]*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|morning|afternoon)\b/iu;
const DAYS = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** The rep saying who they are: "it's Sam from Riverside", "this is Alex at Harbour Motors", "Sam here from …", "my name is …". */
const INTRODUCTION = [
  new RegExp(
    `\\b(?:[Ii]t(?:'s|’s| is)|[Tt]his is|I(?:'m|’m| am))\\s+(?!${DAYS}\\b)\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?\\s+(?:from|at|with|here)\\b`,
    'u',
  ),
  /\b\p{Lu}[\p{L}'’-]*\s+here\s+(?:from|at|with)\b/u,
  /\bmy name(?:'s|’s| is)\b/i,
];

/**
 * Whether a line opens a call: it greets ("Hi Art, …") or introduces the rep ("it's Sam from Riverside Motors"). Such a line
 * fits only the start of a call; once the call is under way it would sound as if the rep had just dialled.
 */
export function opensCall(line: string): boolean {
  return GREETING.test(line) || INTRODUCTION.some((pattern) => pattern.test(line));
}
