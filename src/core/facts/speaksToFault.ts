import { sharesTopic, topicStems } from '../language/contentWords';

/**
 * The one rule, for the customer and the scorer, for a rep line that speaks to a fault the customer told in their own
 * words: it takes up a topic word of the report ("a service light came on" and "they'll check the light").
 */
export function speaksToFault(report: string, repText: string): boolean {
  return sharesTopic(topicStems(report), repText);
}
