import type { Scenario } from '../scenario/scenarioSchema';
import { CHECKS_TIME, CLOSES, LEAVES_OPEN, NEXT_STEP, PRESSES, REFERRAL, STEP_VERB } from './closingPhrases';
import { ASKS_KNOWN_INFO, HISTORY_PHRASE, SURPRISE, VAGUE_ACCOUNT } from './historyPhrases';
import { ACKNOWLEDGE, SPECIFIC_ACTION, VAGUE_PROMISE } from './issuePhrases';
import { mentionedChannels, type Channel } from './channels';
import { matchKeywords } from './matchKeywords';
import type { RepMoves } from './moves';
import { countWords, normalizeText } from './normalizeText';
import { has, hasUnnegated } from './phraseSet';
import { CONCRETE_TOPIC, FILLER, NEWS_FRAME, REASON_FRAME } from './purposePhrases';
import { asksQuestion } from './questions';
import { findScenarioMentions, scenarioVocabulary, stem } from './scenarioMatchers';
import { namesSpecificTime, namesTime } from './timeExpressions';
import { GENERIC_VALUE } from './valuePhrases';

/** RepMoves plus the finer signals the scorer reads. */
export interface RepTurnDetail extends RepMoves {
  /** A filler phrase ("checking in") occurs, even if the turn also has a purpose. */
  filler: boolean;
  /** News, an offer, a saving or an update that is not one of the scenario's value items. */
  genericValue: boolean;
  /** Sounds surprised by something ("I didn't know that", "what plates?"). */
  surprised: boolean;
  /** Mentions the scenario's next-step topic (the demo, the visit, the order). */
  nextStepTopic: boolean;
  /** Presses after a refusal ("just five minutes", "hear me out"). */
  presses: boolean;
  /** Channels the turn offers or uses (email, phone, post, text). */
  channels: Channel[];
  /** Vague about the account where specifics were on record ("looking at some cars a while back"). */
  vagueAboutAccount: boolean;
  /** Frames a reason about a topic this account does not have ("calling about your insurance renewal" to a software client). */
  offTopicReason: boolean;
  /** Names a time someone can be held to ("by 4 pm", "Thursday"), not a window ("this week", "in a few days", "soon"). */
  specificTime: boolean;
}

function emptyDetail(words: number): RepTurnDetail {
  return {
    words, purposeless: false, statesPurpose: false, refersToHistory: false, asksForKnownInfo: false, valueItemIds: [], issueIds: [],
    acknowledges: false, commitsAction: false, namesTime: false, vaguePromise: false, asksReferral: false, proposesNextStep: false,
    leavesItOpen: false, checksTime: false, asksQuestion: false, factIds: [], closes: false, filler: false, genericValue: false,
    surprised: false, nextStepTopic: false, presses: false, channels: [], vagueAboutAccount: false, specificTime: false, offTopicReason: false,
  };
}

function detail(text: string, scenario: Scenario | undefined): RepTurnDetail {
  const words = countWords(text);
  const norm = normalizeText(text);
  if (norm.length === 0) return emptyDetail(words);
  const mentions = findScenarioMentions(norm, scenario);
  const filler = has(FILLER, norm);
  // A concrete reason must stand outside the filler itself: "how is the order going?" names the order but has no reason.
  const rest = filler ? norm.replace(FILLER, ' ') : norm;
  const restMentions = filler ? findScenarioMentions(rest, scenario, true) : mentions;
  const question = asksQuestion(norm);
  const time = namesTime(norm);
  const specificTime = time && namesSpecificTime(norm);
  const referral = has(REFERRAL, norm);
  const news = has(NEWS_FRAME, rest);
  const framed = has(REASON_FRAME, norm);
  // The next-step topic and generic topics ("the quote") are reasons only when framed as one ("I'm calling about the quote").
  const scenarioTopic = restMentions.issueIds.length > 0 || restMentions.valueItemIds.length > 0 || (restMentions.nextStepTopic && framed);
  // "I'm calling about your insurance renewal" is a reason only if a renewal is something this account has.
  const genericReason = framed && topicBelongs(rest, scenario);
  const statesPurpose = referral && !scenarioTopic && !news ? false : scenarioTopic || news || genericReason;
  const proposesNextStep = has(NEXT_STEP, norm) || ((mentions.nextStepTopic || time) && question && has(STEP_VERB, norm));
  const commitsAction = hasUnnegated(SPECIFIC_ACTION, norm);
  const vague = has(VAGUE_PROMISE, norm);
  const surprised = has(SURPRISE, norm);
  const concreteStep = (proposesNextStep || commitsAction) && time;
  return {
    words,
    purposeless: filler && !statesPurpose && !concreteStep,
    statesPurpose,
    refersToHistory: mentions.history || has(HISTORY_PHRASE, norm),
    asksForKnownInfo:
      has(ASKS_KNOWN_INFO, norm) ||
      (surprised && (mentions.issueIds.length > 0 || mentions.history || mentions.nextStepTopic || mentions.valueItemIds.length > 0)),
    valueItemIds: mentions.valueItemIds,
    issueIds: mentions.issueIds,
    acknowledges: hasUnnegated(ACKNOWLEDGE, norm),
    commitsAction,
    namesTime: time,
    vaguePromise: (vague || commitsAction) && !(commitsAction && specificTime),
    asksReferral: referral,
    proposesNextStep,
    leavesItOpen: has(LEAVES_OPEN, norm) && !concreteStep,
    checksTime: has(CHECKS_TIME, norm),
    asksQuestion: question,
    factIds: question ? mentions.factIds : [],
    closes: has(CLOSES, norm),
    filler,
    genericValue: has(GENERIC_VALUE, norm),
    surprised,
    nextStepTopic: mentions.nextStepTopic,
    presses: has(PRESSES, norm),
    channels: mentionedChannels(norm),
    vagueAboutAccount: has(VAGUE_ACCOUNT, norm) && vagueSentenceLacksHistory(norm, scenario),
    specificTime,
    offTopicReason: framed && !genericReason && !scenarioTopic && !news && has(CONCRETE_TOPIC, rest),
  };
}

/** A concrete topic ("the quote", "your renewal") that the scenario's own account mentions; any topic when there is no scenario. */
function topicBelongs(norm: string, scenario: Scenario | undefined): boolean {
  CONCRETE_TOPIC.lastIndex = 0;
  const topics = [...norm.matchAll(CONCRETE_TOPIC)].map((m) => m[0]);
  if (topics.length === 0) return false;
  if (!scenario) return true;
  const vocabulary = scenarioVocabulary(scenario);
  return topics.some((topic) => topic.split(' ').every((word) => vocabulary.has(stem(word))));
}

/** Vagueness counts only where its own sentence names nothing specific from the account ("a while back, the Aria you drove" is fine). */
function vagueSentenceLacksHistory(norm: string, scenario: Scenario | undefined): boolean {
  const keywords = scenario?.facts?.historyKeywords;
  return norm.split(/(?<=[.!?])\s+/).some((sentence) => has(VAGUE_ACCOUNT, sentence) && !(keywords && matchKeywords(sentence, keywords)));
}

/** Detects the moves of a rep turn, with the finer signals the scorer uses; never throws. */
export function describeRepTurn(text: string, scenario?: Scenario): RepTurnDetail {
  try {
    return detail(typeof text === 'string' ? text : '', scenario);
  } catch {
    return emptyDetail(countWords(text));
  }
}

/** Detects what a rep turn does (purpose, history, value, issue handling, referral, next step...); never throws. */
export function classifyRepTurn(text: string, scenario: Scenario): RepMoves {
  const d = describeRepTurn(text, scenario);
  return {
    words: d.words, purposeless: d.purposeless, statesPurpose: d.statesPurpose, refersToHistory: d.refersToHistory, asksForKnownInfo: d.asksForKnownInfo,
    valueItemIds: d.valueItemIds, issueIds: d.issueIds, acknowledges: d.acknowledges, commitsAction: d.commitsAction, namesTime: d.namesTime,
    vaguePromise: d.vaguePromise, asksReferral: d.asksReferral, proposesNextStep: d.proposesNextStep, leavesItOpen: d.leavesItOpen,
    checksTime: d.checksTime, asksQuestion: d.asksQuestion, factIds: d.factIds, closes: d.closes,
  };
}
