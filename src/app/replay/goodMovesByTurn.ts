import { isPrincipleId, principleById } from '../../core/principles';
import type { PrincipleExplanation, Report } from '../../core/scoring';
import type { Transcript } from '../../core';

/**
 * Below this a "met" is a partial pass (a purpose given only on the second line, quoting the purposeless opener
 * too): the quoted lines are not a model to copy.
 */
const SOLID_MET = 70;

/** A met verdict backed by something the rep did; a pass for want of a slip carries no evidence. */
function positivelyMet(result: Report['principles'][number]): boolean {
  return result.verdict === 'met' && result.score >= SOLID_MET && result.evidence.length > 0;
}

/**
 * Principles met, by the rep turns quoted as their evidence: the replay shows what worked, not only what did not.
 * A turn that carries a mistake shows none, so one line is never both praised and faulted.
 */
export function goodMovesByTurn(report: Report, transcript: Pick<Transcript, 'turns'>): Map<number, string[]> {
  const faulted = new Set(report.mistakes.map((m) => m.turn));
  const byTurn = new Map<number, string[]>();
  for (const result of report.principles) {
    if (!positivelyMet(result)) continue;
    const title = isPrincipleId(result.id) ? principleById(result.id).title : result.id;
    for (const turn of new Set(result.evidence.map((e) => e.turn))) {
      if (faulted.has(turn) || transcript.turns[turn]?.speaker !== 'rep') continue;
      byTurn.set(turn, [...(byTurn.get(turn) ?? []), title]);
    }
  }
  return byTurn;
}

/** A principle that a rep line counted towards only in part. */
export interface PartialMove {
  title: string;
  score: number;
  /** What cost the points on this line, when the call's explanation is known. */
  reason?: string;
}

/**
 * The points each rep line without a mistake cost, with the reason, from the call's explanation (see explainPoints); lines
 * that carry a mistake already say why on their mistake cards.
 */
export function lostPointsByTurn(
  explanations: readonly PrincipleExplanation[],
  report: Report,
  transcript: Pick<Transcript, 'turns'>,
): Map<number, PartialMove[]> {
  const faulted = new Set(report.mistakes.map((m) => m.turn));
  const byTurn = new Map<number, PartialMove[]>();
  for (const e of explanations) {
    const title = isPrincipleId(e.id) ? principleById(e.id).title : e.id;
    for (const lost of e.lostOn) {
      if (lost.turn === undefined || faulted.has(lost.turn) || transcript.turns[lost.turn]?.speaker !== 'rep') continue;
      byTurn.set(lost.turn, [...(byTurn.get(lost.turn) ?? []), { title, score: e.score, reason: lost.reason }]);
    }
  }
  return byTurn;
}

/**
 * Principles scored below full marks whose evidence quotes a rep line that carries no mistake: the replay says the
 * line cost points instead of calling it clean.
 */
export function partialMovesByTurn(report: Report, transcript: Pick<Transcript, 'turns'>): Map<number, PartialMove[]> {
  const faulted = new Set(report.mistakes.map((m) => m.turn));
  const byTurn = new Map<number, PartialMove[]>();
  for (const result of report.principles) {
    if (result.verdict === 'n/a' || result.score >= 100 || positivelyMet(result)) continue;
    const title = isPrincipleId(result.id) ? principleById(result.id).title : result.id;
    for (const turn of new Set(result.evidence.map((e) => e.turn))) {
      if (faulted.has(turn) || transcript.turns[turn]?.speaker !== 'rep') continue;
      byTurn.set(turn, [...(byTurn.get(turn) ?? []), { title, score: Math.round(result.score) }]);
    }
  }
  return byTurn;
}
