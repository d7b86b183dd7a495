import type { Scenario } from '../scenario/scenarioSchema';
import { splitSentences } from './clauses';
import {
  AGREES,
  AGREES_STRONG,
  ASKS_SPECIFICS,
  ASKS_WHY,
  BUSY,
  COMPLAINT,
  DECLINES,
  ENDS,
  FIRM_NO,
  HEDGES,
  IMPATIENT,
  INTERRUPTS,
  INVITES_DETAIL,
  NEW_FAULT,
  NOT_NOW,
  OBJECTS,
  PRESENT_MOMENT,
  REBUKES_IGNORANCE,
  REFUSES,
  REJECTS_TIME,
  SATISFIED,
  YES_BUT_LATER,
} from './customerPhrases';
import { requestedChannel, type Channel } from './channels';
import { mentionedIds } from './scenarioMatchers';
import type { CustomerSignals } from './moves';
import { normalizeText } from './normalizeText';
import { has, hasUnnegated } from './phraseSet';
import { namedDays, namesTime } from './timeExpressions';

/** CustomerSignals plus the finer signals the scorer reads. */
export interface CustomerTurnDetail extends CustomerSignals {
  /** Complains about something that went wrong, matched to a scenario issue or not. */
  complains: boolean;
  /** Reports a new fault ("a service light came on last week") that matches none of the scenario's issues. */
  reportsFault: boolean;
  /** Names a time or date (a customer proposing "Thursday at 10"). */
  namesTime: boolean;
  /** Every time named is in a question the customer asks back ("Today? Did it come in?"): echoed, not chosen. */
  timeOnlyAsked: boolean;
  /** Agreement that stands on its own ("that works", "book it"), not just "OK". */
  agreesStrongly: boolean;
  /** Opens by declining ("No.", "Not really.", "Nothing."). */
  declines: boolean;
  /** Tells the rep they should already know this ("it's in your notes", "I told your colleague"). */
  rebukesIgnorance: boolean;
  /** Objects to how the call is going ("I asked for an email", "did you hear me?"). */
  objects: boolean;
  /** The channel the customer asks for ("can you email me the details?"), if any. */
  wantsChannel: Channel | null;
  /** Non-committal ("good question", "interesting", "I don't know yet"): acknowledges without agreeing. */
  hedges: boolean;
  /** Cuts the rep off ("I'm going to stop you there"). */
  interrupts: boolean;
  /** Ends the call out of impatience ("I'm hanging up now"). */
  impatient: boolean;
  /** Days named ("saturday", "tomorrow"), to tell a counter-offer from picking the rep's time. */
  days: string[];
  /** Asks for the time or specifics a proposal lacked ("When, though?", "what exactly happens next?"). */
  asksSpecifics: boolean;
  /** Asks a real question or asks to hear more, so the rep's next turn may run longer than usual. */
  invitesDetail: boolean;
}

function emptyDetail(): CustomerTurnDetail {
  return {
    satisfied: false,
    notNow: false,
    firmNo: false,
    busy: false,
    issueIds: [],
    agrees: false,
    asksWhy: false,
    ends: false,
    complains: false,
    reportsFault: false,
    namesTime: false,
    timeOnlyAsked: false,
    agreesStrongly: false,
    declines: false,
    rebukesIgnorance: false,
    objects: false,
    wantsChannel: null,
    hedges: false,
    interrupts: false,
    impatient: false,
    days: [],
    asksSpecifics: false,
    invitesDetail: false,
  };
}

/** A question of three words or more ("what does the cover include?"), not "sorry?" or "who's this?". */
function asksRealQuestion(norm: string): boolean {
  return splitSentences(norm).some((sentence) => sentence.endsWith('?') && sentence.split(/\s+/).length >= 4 && !has(ASKS_WHY, sentence));
}

function detail(text: string, scenario: Scenario | undefined): CustomerTurnDetail {
  const norm = normalizeText(text);
  if (norm.length === 0) return emptyDetail();
  const laterYes = has(YES_BUT_LATER, norm);
  const notNow = has(NOT_NOW, norm) && !laterYes;
  const firmNo = has(FIRM_NO, norm);
  const strong = hasUnnegated(AGREES_STRONG, norm);
  const weak = hasUnnegated(AGREES, norm);
  const time = namesTime(norm);
  // "Good question", "interesting": a weak "OK" beside them is a nod, not a yes.
  const hedges = has(HEDGES, norm);
  const issues = scenario?.persona?.openIssues;
  const issueIds = issues ? mentionedIds(norm, scenario, issues) : [];
  const fault = has(NEW_FAULT, norm);
  const asksWhy = has(ASKS_WHY, norm);
  // "OK. And what exactly happens next?" or "All good. What can I do for you?" still waits for the point: not a yes.
  const stillAsking = asksWhy || has(ASKS_SPECIFICS, norm);
  const agrees = !firmNo && !stillAsking && (strong || (weak && !notNow && !hedges && !has(REFUSES, norm)));
  // A question about their own problem ("so when are my cups coming?") is chasing it, whatever "good" came before.
  const chasesProblem = (issueIds.length > 0 || hasUnnegated(COMPLAINT, norm)) && norm.includes('?');
  return {
    satisfied: hasUnnegated(SATISFIED, norm),
    notNow,
    firmNo,
    // "Tuesday doesn't work, I'm at work late" explains the refused time; it does not say they are busy now.
    busy: hasUnnegated(BUSY, norm) && !(has(REJECTS_TIME, norm) && !has(PRESENT_MOMENT, norm)),
    issueIds,
    agrees,
    asksWhy,
    ends: has(ENDS, norm),
    complains: issueIds.length > 0 || hasUnnegated(COMPLAINT, norm),
    // "Tuesday doesn't work" turns down a time; it is not a fault.
    reportsFault: fault && issueIds.length === 0 && !has(REJECTS_TIME, norm),
    namesTime: time,
    timeOnlyAsked: time && !agrees && splitSentences(norm).every((sentence) => sentence.endsWith('?') || !namesTime(sentence)),
    // A time plus "fine" / "OK" ("Saturday at nine is fine") is a firm yes to that time.
    // "Good. So when are my cups coming? Friday you said..." chases a problem; the days in it are no time agreed.
    agreesStrongly: !firmNo && !stillAsking && !laterYes && (strong || (weak && time && !notNow && !hedges && !has(REFUSES, norm) && !chasesProblem)),
    declines: has(DECLINES, norm),
    rebukesIgnorance: has(REBUKES_IGNORANCE, norm),
    objects: has(OBJECTS, norm),
    wantsChannel: requestedChannel(norm),
    hedges,
    interrupts: has(INTERRUPTS, norm),
    impatient: has(IMPATIENT, norm),
    days: time ? namedDays(norm) : [],
    asksSpecifics: has(ASKS_SPECIFICS, norm),
    invitesDetail: has(INVITES_DETAIL, norm) || asksRealQuestion(norm),
  };
}

/** Detects the customer's turn signals, with the finer ones the scorer uses; never throws. */
export function describeCustomerTurn(text: string, scenario?: Scenario): CustomerTurnDetail {
  try {
    return detail(typeof text === 'string' ? text : '', scenario);
  } catch {
    return emptyDetail();
  }
}

/** Detects what a customer turn signals: satisfaction, brush-off, firm no, busy, issues raised, agreement, "why are you calling?", hang-up. */
export function classifyCustomerTurn(text: string, scenario: Scenario): CustomerSignals {
  const detail = describeCustomerTurn(text, scenario);
  const { satisfied, notNow, firmNo, busy, issueIds, agrees, asksWhy, ends } = detail;
  return { satisfied, notNow, firmNo, busy, issueIds, agrees, asksWhy, ends };
}
