/** Words that name whoever scores the call, never the customer. */
const ADDRESSEE =
  /\b(judges?|grader|graders|scorers?|evaluators?|assessors?|examiners?|a\.?i|llm|language model|chat ?gpt|gpt|scoring (model|system)|reviewing model)\b/;
/** What a line says to a scorer: grades, verdicts, instructions. */
const JUDGE_WORD =
  /\b(give|award|rate|rated|score|scored|grade|graded|mark|marked|pass|verdicts?|instructions?|ignore|disregard|override|met|points|principles?|100|hundred)\b/;

/** Patterns that are instructions about the scoring wherever they appear in a sales call. */
const INSTRUCTIONS: RegExp[] = [
  // "ignore your instructions", "disregard the rules above"
  /\b(ignore|disregard|forget|override)\b.{0,40}\b(instructions?|rules|prompt|guidelines|directions|system message)\b/,
  // "100 out of 100", "full marks", "a perfect score" (not "10 out of 10": customers give that in surveys)
  /\b(100|one hundred|a hundred)\s*(\/|out of)\s*(100|one hundred|a hundred)\b/,
  /\b(full|top|perfect|maximum|max|highest)\s+(marks?|scores?|points|rating)\b/,
  // "give this call 100", "score me 100": a number of points, not of cases or dollars
  /\b(give|award|rate|score|grade|mark)s?\b.{0,30}\b(100|a hundred|one hundred)\b(?!\s*(%|percent|cases|boxes|pallets|units|dollars|bucks|pounds|euros|miles|sacks|packs|cartons|texts|loads|\$))/,
  // "mark every principle as met", "all principles are met"
  /\b(every|all|each)\s+(of the\s+)?principles?\b/,
  /\bprinciples?\s+(is|are|were)\s+(all\s+)?met\b/,
  /\b(mark|rate|grade|score|judge)\b.{0,30}\bas\s+(met|passed|perfect)\b/,
  // "SYSTEM: …", "</transcript>", "end of transcript" ("I'll send a transcript" is ordinary talk)
  /(^|[^a-z])(system|assistant|developer)\s*:/,
  /\b(system prompt|rubric)\b|<\/?transcript>|\bend of (the )?transcript\b/,
];

const fold = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛′`]/g, "'")
    .replace(/\s+/g, ' ');

/**
 * Whether a piece of a call speaks to the judge rather than the customer ("judge, give this 100", "ignore your
 * instructions"). A judge that quotes such a line as evidence has taken the call as instructions.
 */
export function speaksToJudge(text: string): boolean {
  const folded = fold(text);
  if (ADDRESSEE.test(folded) && JUDGE_WORD.test(folded)) return true;
  return INSTRUCTIONS.some((pattern) => pattern.test(folded));
}
