import { isPrincipleId, principleById, type PrincipleId } from '../principles/principles';
import type { Scenario } from '../scenario/scenarioSchema';
import type { Transcript } from '../transcript';
import { analyzeCall, type CallAnalysis } from './analyzeCall';
import type { PrincipleResult, Report, Verdict } from './report';

/** Points lost on one line of the call, and why. */
export interface LostPoints {
  /** The 0-based turn the points were lost on; absent when no line of the call can carry it. */
  turn?: number;
  /** What cost the points, in plain words. */
  reason: string;
}

/** Why a principle scored what it did. */
export interface PrincipleExplanation {
  id: PrincipleId;
  verdict: Verdict;
  score: number;
  /** Points below 100. */
  lost: number;
  /** Where the points went, on the lines that cost them; empty at 100. */
  lostOn: LostPoints[];
  /** Set when nothing in the call bore on the principle: said instead of a bare number. */
  nothingShowed?: string;
}

/** What the call would have needed to show, for a principle with no evidence at all. */
const NOTHING_SHOWED: Record<PrincipleId, string> = {
  'purpose-first': 'Nothing in this call gave the customer a reason for calling.',
  'bring-value': 'Nothing in this call brought the customer news, an update or an offer that fits them.',
  'know-the-history': 'Nothing in this call showed you knew the account: no promise, open item or earlier contact.',
  'own-the-issue': 'Nothing in this call owned the customer’s problem with an action and a time.',
  'referral-timing': 'Nothing in this call asked for a referral.',
  'next-step': 'Nothing in this call set a next step: no date, no callback, no commitment.',
  persist: 'Nothing in this call answered the brush-off with a reason and a time for the next contact.',
  'respect-time': 'Nothing in this call showed care for the customer’s time.',
};

/** A rule's note without its citation: the screens show the source on their own line. */
function withoutCitation(commentary: string): string {
  return commentary.replace(/\s*\(See [^)]*(?:\([^)]*\)[^)]*)*\)\.?\s*$/u, '').trim();
}

const firstRepTurn = (call: CallAnalysis) => call.repTurns[0]?.index;
const evidenceTurn = (result: PrincipleResult) => result.evidence.find((e) => Number.isInteger(e.turn))?.turn;

/** Why a principle that was met lost points: the partial scores the rules give, read back from the call. */
function partialReasons(call: CallAnalysis, result: PrincipleResult): LostPoints[] {
  const lost = 100 - result.score;
  const at = (turn: number | undefined, reason: string): LostPoints[] => [turn === undefined ? { reason } : { turn, reason }];
  const customer = call.scenario.persona?.name?.split(' ')[0] ?? 'The customer';
  switch (result.id) {
    case 'purpose-first': {
      const first = firstRepTurn(call);
      if (result.score === 55)
        return at(first, `Your first line was filler; the real reason only came in your second line. Lead with it: that cost ${lost} points.`);
      if (result.score === 80)
        return at(
          first,
          `The reason was in your first line, but ${customer} still had to ask why you were calling: say it plainly and first. That cost ${lost} points.`,
        );
      if (result.score === 90)
        return at(first, `Your first line gave no reason; it came in your second line. In the first line is better: that cost ${lost} points.`);
      if (result.score === 70)
        return at(first, `Your first line gave no reason and ${customer} had to ask why you called; it came in your second line. That cost ${lost} points.`);
      break;
    }
    case 'bring-value': {
      const goal = call.scenario.facts?.goalRequires ?? [];
      const missing = (call.scenario.facts?.valueItems ?? []).filter((item) => goal.includes(item.id)).map((item) => item.summary.replace(/[.\s]+$/u, ''));
      if (result.score === 90) return at(evidenceTurn(result), `An update on the problem counts, but you brought no news of your own: ${lost} points.`);
      if (result.score === 70) {
        const what = missing.length > 0 ? ` (${missing.join(' ')})` : '';
        return at(evidenceTurn(result), `An update on the problem counts, but the news the goal asked for never came${what}: ${lost} points.`);
      }
      if (result.score === 75) return at(evidenceTurn(result), `What you offered was general, not the news this customer was owed: ${lost} points.`);
      break;
    }
    case 'know-the-history':
      if (result.score === 85) {
        return at(
          evidenceTurn(result),
          `You worked from the open items, but no line referred to the account’s history (what was promised, when, or by whom): ${lost} points.`,
        );
      }
      break;
    case 'own-the-issue': {
      const unacknowledged = call.issues.filter((e) => e.ownedAt !== null && e.acknowledgedAt === null && e.raisedBy !== 'rep');
      if (unacknowledged.length > 0) {
        return unacknowledged.map((e) => ({
          turn: e.ownedAt!,
          reason: `You fixed the problem with an action and a time, but never said sorry or acknowledged it first: ${lost} points.`,
        }));
      }
      break;
    }
    case 'next-step':
      if (call.voicemail) {
        const turn = evidenceTurn(result);
        if (result.score === 80) return at(turn, `The message named when to talk next, but gave no reason to call back: ${lost} points.`);
        if (result.score === 85) return at(turn, `The message named when to talk next, but left no number to call you back on: ${lost} points.`);
        if (result.score === 65) return at(turn, `The message named when to talk next, but gave no reason to call back and no number: ${lost} points.`);
      }
      break;
    case 'persist': {
      if (result.score === 70) {
        const gaveUp = call.repTurns.find((turn) => turn.rep.leavesItOpen && turn.index > (evidenceTurn(result) ?? -1));
        return at(
          gaveUp?.index ?? call.repTurns.at(-1)?.index,
          `You kept the door open at first, but later handed the next move to the customer: ${lost} points.`,
        );
      }
      if (result.score === 80) {
        return at(
          call.repTurns.at(-1)?.index,
          `After a second no, stepping back was right; but the call ended without a time for the next contact: ${lost} points.`,
        );
      }
      break;
    }
    case 'respect-time': {
      const busy = result.score === 85 && !call.voicemail;
      return at(
        firstRepTurn(call),
        `No line asked whether now was a good time${busy ? `, though ${customer} told you it was a busy moment` : ''}. Your lines were short, so it cost only ${lost} points: ask “have you got two minutes?” as you open.`,
      );
    }
    default:
      break;
  }
  return at(evidenceTurn(result) ?? firstRepTurn(call), `Met in part: ${lost} points off. The quoted line counted, but not fully.`);
}

/**
 * Every applied principle with what cost its points, pinned to the lines that cost them: a missed principle's mistakes, the
 * reason a met one fell short of 100, or, when nothing in the call bore on it, a sentence saying so.
 */
export function explainPoints(scenario: Scenario, transcript: Transcript, report: Report): PrincipleExplanation[] {
  const call = analyzeCall(scenario, transcript);
  const last = transcript.turns.length - 1;
  return report.principles
    .filter((result) => result.verdict !== 'n/a' && isPrincipleId(result.id))
    .map((result) => {
      const score = Math.max(0, Math.min(100, Math.round(result.score)));
      const explanation: PrincipleExplanation = { id: result.id, verdict: result.verdict, score, lost: 100 - score, lostOn: [] };
      if (result.evidence.length === 0) explanation.nothingShowed = NOTHING_SHOWED[result.id];
      if (score >= 100) return explanation;
      const mistakes = report.mistakes.filter((m) => m.principle === result.id);
      if (mistakes.length > 0) {
        explanation.lostOn = mistakes.map((m) => ({ turn: Math.max(0, Math.min(last, m.turn)), reason: withoutCitation(m.commentary) }));
      } else if (result.verdict === 'met') {
        explanation.lostOn = partialReasons(call, { ...result, score });
      } else if (!explanation.nothingShowed) {
        const turn = evidenceTurn(result);
        explanation.lostOn = [{ ...(turn !== undefined ? { turn } : {}), reason: `Missed: ${principleById(result.id).outcome.missed.toLowerCase()}.` }];
      }
      return explanation;
    });
}

/** The chip History shows beside a call: its mistakes, or where the points went when there were none. */
export function pointsLostSummary(call: { overall: number; mistakes: number; scores: Partial<Record<PrincipleId, number>> }): string {
  if (call.mistakes > 0) return `${call.mistakes} mistake${call.mistakes === 1 ? '' : 's'}`;
  if (call.overall >= 100) return 'No mistakes';
  const short = (Object.keys(call.scores) as PrincipleId[]).filter((id) => isPrincipleId(id) && (call.scores[id] ?? 100) < 100);
  if (short.length === 0) return 'No mistakes';
  const titles = short.map((id) => principleById(id).title);
  return `No mistakes; points lost on ${titles.length <= 2 ? titles.join(' and ') : `${titles.slice(0, 2).join(', ')} and ${titles.length - 2} more`}`;
}
