import { contentClauses } from '../language/contentWords';

/** The topic words of a line: content words, by rough stem, without function words or words common to any call. */
function topicStems(text: string): Set<string> {
  return new Set(
    contentClauses(text)
      .flat()
      .filter((token) => !token.stop && !token.generic)
      .map((token) => token.stem),
  );
}

/**
 * The one rule, for the customer and the scorer, for a rep line that speaks to a fault the customer told in their own
 * words: it takes up a topic word of the report ("a service light came on" and "they'll check the light").
 */
export function speaksToFault(report: string, repText: string): boolean {
  const reported = topicStems(report);
  for (const stem of topicStems(repText)) if (reported.has(stem)) return true;
  return false;
}
