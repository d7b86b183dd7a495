import { recordNotes } from '../scenario/recordNotes';
import { splitSentences } from './clauses';
import type { Scenario } from '../scenario/scenarioSchema';
import { sharesTopic, topicStems } from './contentWords';

// A question after a quantity or habit the customer has now: "how many gloves are you going through?", "how often do you order?".
const FIGURE_QUESTION = /\b(?:how (?:many|much|often|regularly)|what (?:size|quantity|volume|amount))\b/;
// Asked about what they would like from now on ("how many would you want on the standing order?"), it is a proposal's detail.
const HYPOTHETICAL = /\b(?:would|will|want|wanna|like|prefer|fancy|should|could|might|start|starting|going forward|from now on)\b/;
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|dozen|weekly|monthly|fortnightly)\b/;

const recordTopics = new WeakMap<Scenario, Set<string>>();

/** The topic words of the record's lines that hold a figure ("10 cases of nitrile exam gloves", "about 20 cases a month"). */
function figuresOnRecord(scenario: Scenario): Set<string> {
  let topics = recordTopics.get(scenario);
  if (topics) return topics;
  topics = new Set();
  for (const line of recordNotes(scenario)) {
    if (!NUMBER.test(line.toLowerCase())) continue;
    for (const stem of topicStems(line)) topics.add(stem);
  }
  recordTopics.set(scenario, topics);
  return topics;
}

/** A question after a figure the account record already holds ("how many gloves do you go through?" when the file says 20 cases a month). */
export function asksRecordedFigure(normalized: string, scenario: Scenario | undefined): boolean {
  if (!scenario) return false;
  for (const sentence of splitSentences(normalized)) {
    if (!sentence.includes('?') || !FIGURE_QUESTION.test(sentence) || HYPOTHETICAL.test(sentence)) continue;
    const asked = sentence.slice(FIGURE_QUESTION.exec(sentence)!.index);
    if (sharesTopic(figuresOnRecord(scenario), asked)) return true;
  }
  return false;
}
