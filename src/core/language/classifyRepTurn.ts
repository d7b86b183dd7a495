import type { Scenario } from '../scenario/scenarioSchema';
import { CHECKS_TIME, CLOSES, LEAVES_OPEN, NEXT_STEP, PROMISES_BREVITY, REFERRAL, STEP_VERB, THANKS_AT_END } from './closingPhrases';
import { INSISTS, UPSELL } from './pressurePhrases';
import { deadlineClaims } from './deadlines';
import { pressesNow } from './pressesNow';
import { FIGURE, hasPayload, MONEY_FIGURE, STATE_CHANGE, HINTED_ONLY, TEASER, WITHHOLDS } from './payload';
import { ASKS_KNOWN_INFO, CHECKS_RECEIPT, HISTORY_PHRASE, SURPRISE, VAGUE_ACCOUNT } from './historyPhrases';
import { ACKNOWLEDGE, DISMISSES, GUESSED_WHEN, RESOLVED_NOW, SPECIFIC_ACTION, VAGUE_PROMISE, onlyCallsBack } from './issuePhrases';
import { mentionedChannels, type Channel } from './channels';
import { matchKeywords } from './matchKeywords';
import type { RepMoves } from './moves';
import { countWords, normalizeText } from './normalizeText';
import { firstIndex, has, hasUnnegated } from './phraseSet';
import { ACTION_REASON, CONCRETE_TOPIC, FILLER, FOLLOW_UP_FRAME, NEWS_FRAME, REASON_FRAME } from './purposePhrases';
import { asksQuestion, asksTheirTimeline } from './questions';
import { asksRecordedFigure } from './asksRecordedFigure';
import { splitClauses, splitSentences } from './clauses';
import { findScenarioMentions, mentionedIds, scenarioVocabulary, stem, type ScenarioMentions } from './scenarioMatchers';
import { HEDGED_TIME, namesSpecificTime, namesTime } from './timeExpressions';
import { GENERIC_VALUE, VALUE_CUE } from './valuePhrases';

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
  /** Waves the customer's problem away or blames someone else ("don't worry about it", "the DMV's been slow"). */
  dismisses: boolean;
  /** Presses: insists ("just five minutes", "hear me out") or puts on pressure. */
  presses: boolean;
  /** Channels the turn offers or uses (email, phone, post, text). */
  channels: Channel[];
  /** Vague about the account where specifics were on record ("looking at some cars a while back"). */
  vagueAboutAccount: boolean;
  /** Frames a reason about a topic this account does not have ("calling about your insurance renewal" to a software client). */
  offTopicReason: boolean;
  /** Names a time someone can be held to ("by 4 pm", "Thursday"), not a window ("this week", "in a few days", "soon"). */
  specificTime: boolean;
  /** Value items told as news or a benefit (free, included, arrived, ends on a date), not merely named ("an oil change sometime?"). */
  valueNews: string[];
  /** The sentence that proposes or promises the step names its time ("Can I email you the form?" beside "from 1 June" does not). */
  stepTimed: boolean;
  /** Names a topic inside a follow-up frame ("just following up on the quote") with nothing concrete beside it. */
  topicOnlyFollowUp: boolean;
  /** Promises to be brief ("I'll be quick"): an announcement that only the length of what follows can keep. */
  promisesBrevity: boolean;
  /** Ends by asking when the customer decides or needs it ("When are you planning to decide?"). */
  asksTheirTimeline: boolean;
  /** The line breaks off on a dash ("and we pride ourselves on—"): the customer cut in. */
  cutOff: boolean;
  /** Pressure or false urgency: scarcity, a commitment demanded now, a push on feelings. */
  pressure: boolean;
  /** An upsell, a bigger commitment, or the rep's own quota. */
  upsell: boolean;
  /** Announces news, value or an update that the turn never gives ("I've got great news for you" and nothing else). */
  /** Carries something beyond naming a topic: a figure, a time, a change of state, a value item (see hasPayload). */
  carriesContent: boolean;
  announcesOnly: boolean;
  /** Its reason is only news announced with a detail ("news for you today"), with no topic of the account's behind it. */
  newsFrameOnly: boolean;
  /** Settles a problem in the sentence itself: gives the missing figure, says the credit is approved. */
  resolvesNow: boolean;
  /** Promises only to call the customer again ("I'll ring you Friday"), with no action on the problem and nothing it will bring. */
  callbackOnly: boolean;
  /** Guesses when something will happen ("should be by the end of next week, I'd think"): an answer, but nobody's promise. */
  estimatesWhen: boolean;
}

function emptyDetail(words: number): RepTurnDetail {
  return {
    words,
    purposeless: false,
    statesPurpose: false,
    refersToHistory: false,
    asksForKnownInfo: false,
    valueItemIds: [],
    issueIds: [],
    acknowledges: false,
    commitsAction: false,
    namesTime: false,
    vaguePromise: false,
    asksReferral: false,
    proposesNextStep: false,
    leavesItOpen: false,
    checksTime: false,
    asksQuestion: false,
    factIds: [],
    closes: false,
    filler: false,
    genericValue: false,
    surprised: false,
    nextStepTopic: false,
    dismisses: false,
    presses: false,
    channels: [],
    vagueAboutAccount: false,
    specificTime: false,
    offTopicReason: false,
    valueNews: [],
    topicOnlyFollowUp: false,
    stepTimed: false,
    promisesBrevity: false,
    cutOff: false,
    asksTheirTimeline: false,
    pressure: false,
    upsell: false,
    carriesContent: false,
    announcesOnly: false,
    newsFrameOnly: false,
    resolvesNow: false,
    callbackOnly: false,
    estimatesWhen: false,
  };
}

// A transcript marks a line the customer cut into with a trailing dash.
const BREAKS_OFF = /(?:[\u2014\u2013]|\s-|--)\s*$/;

/** The turn without its questions that only ask whether something arrived ("did you get the quote I sent Tuesday?"). */
function withoutReceiptChecks(norm: string): string {
  if (!has(CHECKS_RECEIPT, norm)) return norm;
  return splitSentences(norm)
    .filter((sentence) => !(sentence.includes('?') && has(CHECKS_RECEIPT, sentence)))
    .join(' ');
}

/** History shown outside those questions: asking whether the quote arrived shows nothing of what is open on it. */
function refersToHistory(norm: string, told: string, mentioned: boolean, scenario: Scenario | undefined): boolean {
  if (!mentioned && !has(HISTORY_PHRASE, norm)) return false;
  return told === norm || has(HISTORY_PHRASE, told) || findScenarioMentions(told, scenario).history;
}

/** A turn this short that ends on thanks is a goodbye; a longer one may still be doing business. */
const SHORT_GOODBYE_WORDS = 8;

// Looking back ("did you get the quote I sent Tuesday?") rather than proposing a time.
const LOOKS_BACK = /\b(?:did|was|were|sent|got|had|last|ago|yesterday|went|came|have you)\b/;

// "What would you need to see to make a call this week?": an open question asks, it proposes nothing to say yes to.
const OPEN_QUESTION =
  /^(?:(?:so|and|ok|okay|right|well|great)[, ]+)?(?:what|why|who|where)\b(?! (?:about|if|time|day|date|slot|days|times|do you (?:think|say|reckon)|would you say))/;

/** A question that offers a specific time ("Thursday 7th, 1 pm, can or not?", "0830 thurs?"): a proposal in itself. */
function asksForTime(normalized: string): boolean {
  for (const sentence of splitSentences(normalized)) {
    if (sentence.includes('?') && !LOOKS_BACK.test(sentence) && namesSpecificTime(sentence)) return true;
  }
  return false;
}

/** The sentences of a normalized turn that ask nothing. */
function statementsOf(norm: string): string {
  return splitSentences(norm)
    .filter((sentence) => !asksQuestion(sentence))
    .join(' ');
}

/** Value items named only as a hint ("some savings in there for you"), with no figure or time beside it, are not brought. */
function withoutHintedValue(norm: string, scenario: Scenario | undefined, mentions: ScenarioMentions): ScenarioMentions {
  if (mentions.valueItemIds.length === 0) return mentions;
  // A teaser's clause ("something that affects your vans from 1 June") brings nothing, its date included.
  if (has(TEASER, norm)) {
    const told = findScenarioMentions(
      splitClauses(norm)
        .flatMap((clause) => clause.split(/:\s*|\s[-–—]+\s/))
        .filter((clause) => !has(TEASER, clause))
        .join(', '),
      scenario,
    ).valueItemIds;
    mentions = { ...mentions, valueItemIds: mentions.valueItemIds.filter((id) => told.includes(id)) };
  }
  if (mentions.valueItemIds.length === 0 || !has(HINTED_ONLY, norm)) return mentions;
  // "Some savings on Essentials, 840 a year" gives the figure beside the hint, in its clause or the next.
  const clauses = splitClauses(norm);
  const specific = (clause = '') => FIGURE.test(clause) || namesTime(clause);
  if (clauses.some((clause, i) => has(HINTED_ONLY, clause) && (specific(clause) || specific(clauses[i + 1])))) return mentions;
  const beyondHint = findScenarioMentions(norm.replace(HINTED_ONLY, ' '), scenario).valueItemIds;
  return { ...mentions, valueItemIds: mentions.valueItemIds.filter((id) => beyondHint.includes(id)) };
}

/** A visit booked for the check: "bring it in", "drop it in", "pop in". */
const BOOKS_THE_VISIT = /\b(?:bring|drop|run|pop) (?:it|her|the car|the van|them) (?:in|round|over|by)\b|\b(?:pop|come|swing) (?:in|by|down)\b/;

/** "Bring it in Saturday at 9 and we'll check the light": the check is booked for a time, in the same sentence. */
function checkBooked(norm: string): boolean {
  return splitSentences(norm).some((sentence) => BOOKS_THE_VISIT.test(sentence) && has(VAGUE_PROMISE, sentence) && namesSpecificTime(sentence));
}

function detail(text: string, scenario: Scenario | undefined): RepTurnDetail {
  const words = countWords(text);
  const norm = normalizeText(text);
  if (norm.length === 0) return emptyDetail(words);
  const mentions = withoutHintedValue(norm, scenario, findScenarioMentions(norm, scenario));
  const filler = has(FILLER, norm);
  // A concrete reason must stand outside the filler itself: "how is the order going?" names the order but has no reason.
  const rest = filler ? norm.replace(FILLER, ' ') : norm;
  const restMentions = filler ? findScenarioMentions(rest, scenario, true) : mentions;
  const question = asksQuestion(norm);
  const time = namesTime(norm);
  const specificTime = time && namesSpecificTime(norm, true);
  const referral = has(REFERRAL, norm);
  // News and generic value count only with something in them: a figure, a time, the account's own items or a fact.
  // A benefit only hinted at ("some savings in there") is an announcement, not content.
  const payloadText = has(HINTED_ONLY, norm) ? norm.replace(HINTED_ONLY, ' ') : norm;
  const payload0 = hasPayload(payloadText, mentions.valueItemIds.length > 0) && !has(WITHHOLDS, norm);
  const announced = has(NEWS_FRAME, rest) || has(GENERIC_VALUE, norm);
  const news = has(NEWS_FRAME, rest) && payload0;
  const framed = has(REASON_FRAME, norm);
  // The next-step topic and generic topics ("the quote") are reasons only when framed as one ("I'm calling about the quote").
  const scenarioTopic = restMentions.issueIds.length > 0 || restMentions.valueItemIds.length > 0 || (restMentions.nextStepTopic && framed);
  // "I'm calling about your insurance renewal" is a reason only if a renewal is something this account has.
  const genericReason = framed && topicBelongs(rest, scenario);
  const nextStepPhrase = has(NEXT_STEP, norm);
  // "Two minutes on something from 1 June, ok?" asks for the customer's time now; it proposes no step.
  const proposesNextStep =
    nextStepPhrase ||
    ((mentions.nextStepTopic || time) &&
      question &&
      !OPEN_QUESTION.test(norm) &&
      !has(CHECKS_TIME, norm) &&
      !asksTheirTimeline(norm) &&
      (has(STEP_VERB, norm) || asksForTime(norm)));
  // "Did you get the quote I sent Tuesday?" looks back; the action in it is not one being promised now.
  const told = withoutReceiptChecks(norm);
  const commitsAction = hasUnnegated(SPECIFIC_ACTION, told);
  const leavesOpen = has(LEAVES_OPEN, norm);
  const genericValue = has(GENERIC_VALUE, norm) && payload0;
  const timedStep = (proposesNextStep || commitsAction) && time;
  const topic = scenarioTopic || genericReason;
  // Only a turn with a topic or a value item needs to know whether it also offers an action (cheap turns stay cheap).
  const actionReason = (topic || mentions.valueItemIds.length > 0) && has(ACTION_REASON, norm);
  const valueNews = mentions.valueItemIds.length === 0 ? [] : valueItemsAsNews(norm, scenario, actionReason || timedStep || news, genericValue);
  // "Just following up on the quote": a topic is not a reason until something concrete comes with it.
  const payload = news || genericValue || valueNews.length > 0 || actionReason || timedStep || (nextStepPhrase && !leavesOpen);
  // Beside filler, naming the demo or the quote is still only a topic; a customer's open problem counts unless it is merely "followed up on".
  const followUpFrame = topic && !payload && has(FOLLOW_UP_FRAME, norm);
  const issueOnly = restMentions.issueIds.length > 0 && !followUpFrame;
  const topicOnlyFollowUp = topic && !payload && (followUpFrame || (filler && !issueOnly));
  const topicReason = topic && !topicOnlyFollowUp;
  const statesPurpose = referral && !scenarioTopic && !news ? false : topicReason || news;
  const vague = has(VAGUE_PROMISE, norm);
  // Settled in a statement, whatever is asked after it ("it's 11% on your lane, so 2,390 all in. That help?").
  const resolves = has(RESOLVED_NOW, question ? statementsOf(norm) : norm);
  const surprised = has(SURPRISE, norm);
  const concreteStep = (proposesNextStep || commitsAction) && time;
  const upsell = has(UPSELL, norm);
  // A deadline put on the rep's own upsell hurries the customer; one on a value item of theirs is news.
  const pressure = pressesNow(norm) || (upsell && deadlineClaims(norm).some((claim) => claim.near));
  return {
    words,
    purposeless: filler && !statesPurpose && !concreteStep,
    statesPurpose,
    refersToHistory: refersToHistory(norm, told, mentions.history, scenario),
    asksForKnownInfo:
      has(ASKS_KNOWN_INFO, norm) ||
      asksRecordedFigure(norm, scenario) ||
      (surprised && (mentions.issueIds.length > 0 || mentions.history || mentions.nextStepTopic || mentions.valueItemIds.length > 0)),
    valueItemIds: mentions.valueItemIds,
    issueIds: mentions.issueIds,
    acknowledges: hasUnnegated(ACKNOWLEDGE, norm),
    commitsAction,
    namesTime: time,
    // "I can confirm that's 180 a load" settles it as it speaks; only a real promise with no time is vague.
    vaguePromise: (vague || commitsAction) && !(commitsAction && specificTime) && !(commitsAction && !vague && resolves) && !checkBooked(norm),
    asksReferral: referral,
    proposesNextStep,
    leavesItOpen: leavesOpen && !concreteStep,
    checksTime: has(CHECKS_TIME, norm),
    promisesBrevity: has(PROMISES_BREVITY, norm),
    cutOff: BREAKS_OFF.test(text),
    asksTheirTimeline: asksTheirTimeline(norm),
    pressure,
    upsell,
    carriesContent: payload0,
    announcesOnly: announced && !payload0 && mentions.valueItemIds.length === 0,
    resolvesNow: resolves,
    callbackOnly: commitsAction && onlyCallsBack(norm, nameWords(scenario)),
    estimatesWhen: time && !question && !commitsAction && words <= 20 && has(GUESSED_WHEN, norm),
    newsFrameOnly: news && !topicReason && valueNews.length === 0 && mentions.valueItemIds.length === 0,
    asksQuestion: question,
    factIds: question ? mentions.factIds : [],
    closes: has(CLOSES, norm) || (words <= SHORT_GOODBYE_WORDS && has(THANKS_AT_END, norm)),
    filler,
    genericValue,
    surprised,
    nextStepTopic: mentions.nextStepTopic,
    dismisses: has(DISMISSES, norm),
    presses: pressure || has(INSISTS, norm),
    channels: mentionedChannels(norm),
    vagueAboutAccount: has(VAGUE_ACCOUNT, norm) && vagueSentenceLacksHistory(norm, scenario),
    specificTime,
    offTopicReason: framed && !genericReason && !scenarioTopic && !news && has(CONCRETE_TOPIC, rest),
    valueNews,
    topicOnlyFollowUp,
    stepTimed: timedStep && stepSentenceNamesTime(norm) && (specificTime || !has(HEDGED_TIME, norm)),
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

/**
 * The value items the text tells as news: an item counts when its own sentence (or the one after it) says what is in it for
 * the customer, or when the whole turn offers a concrete action or news around it (`turnCarries`).
 */
function valueItemsAsNews(norm: string, scenario: Scenario | undefined, turnCarries: boolean, genericValue: boolean): string[] {
  const items = scenario?.facts?.valueItems ?? [];
  if (turnCarries) return mentionedIds(norm, scenario, items);
  if (!genericValue && !has(VALUE_CUE, norm) && !MONEY_FIGURE.test(norm) && !has(STATE_CHANGE, norm)) return [];
  const sentences = norm.split(/(?<=[.!?;])\s+/);
  const ids = new Set<string>();
  sentences.forEach((sentence, i) => {
    const found = mentionedIds(sentence, scenario, items);
    if (found.length === 0) return;
    const context = i + 1 < sentences.length ? `${sentence} ${sentences[i + 1]}` : sentence;
    // Told, not named: a cue ("free", "ends on"), or the item's figure or new state ("approved a $148.60 credit").
    if (has(VALUE_CUE, context) || has(GENERIC_VALUE, context) || MONEY_FIGURE.test(sentence) || has(STATE_CHANGE, sentence))
      found.forEach((id) => ids.add(id));
  });
  return items.filter((item) => ids.has(item.id)).map((item) => item.id);
}

const SENTENCE_END = /[.!?;]\s/g;

/** Whether the sentence holding a step phrase (a proposal or a promise), or the one after it, names a time. */
function stepSentenceNamesTime(norm: string): boolean {
  const first = [firstIndex(NEXT_STEP, norm), firstIndex(SPECIFIC_ACTION, norm)].filter((i) => i >= 0);
  if (first.length === 0) return true;
  const at = Math.min(...first);
  const start = Math.max(norm.lastIndexOf('. ', at), norm.lastIndexOf('? ', at), norm.lastIndexOf('! ', at), norm.lastIndexOf('; ', at)) + 1;
  // Through the end of the next sentence: "Can I book it with Kim? I'd offer her Tuesday or Thursday."
  SENTENCE_END.lastIndex = at;
  const firstEnd = SENTENCE_END.exec(norm);
  const secondEnd = firstEnd ? SENTENCE_END.exec(norm) : null;
  const end = secondEnd?.index ?? norm.length;
  return start === 0 && end === norm.length ? true : namesTime(norm.slice(start, end + 1));
}

/** Vagueness counts only where its own sentence names nothing specific from the account ("a while back, the Aria you drove" is fine). */
function vagueSentenceLacksHistory(norm: string, scenario: Scenario | undefined): boolean {
  const keywords = scenario?.facts?.historyKeywords;
  return splitSentences(norm).some((sentence) => has(VAGUE_ACCOUNT, sentence) && !(keywords && matchKeywords(sentence, keywords)));
}

/** The customer's own names, which say nothing about what a turn does ("I'll ring you Friday, Art"). */
function nameWords(scenario: Scenario | undefined): string[] {
  return scenario ? normalizeText(scenario.persona.name).split(/\s+/) : [];
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
    words: d.words,
    purposeless: d.purposeless,
    statesPurpose: d.statesPurpose,
    refersToHistory: d.refersToHistory,
    asksForKnownInfo: d.asksForKnownInfo,
    valueItemIds: d.valueItemIds,
    issueIds: d.issueIds,
    acknowledges: d.acknowledges,
    commitsAction: d.commitsAction,
    namesTime: d.namesTime,
    vaguePromise: d.vaguePromise,
    asksReferral: d.asksReferral,
    proposesNextStep: d.proposesNextStep,
    leavesItOpen: d.leavesItOpen,
    checksTime: d.checksTime,
    asksQuestion: d.asksQuestion,
    factIds: d.factIds,
    closes: d.closes,
  };
}
