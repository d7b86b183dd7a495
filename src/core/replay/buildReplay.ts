import { isPrincipleId, principleById } from '../principles/principles';
import { citeSource } from '../principles/sources';
import type { Mistake, Report } from '../scoring/report';
import type { Speaker, Transcript } from '../transcript';

/** A mistake as the replay shows it, with the principle's title and the article it comes from. */
export interface ReplayMistake extends Mistake {
  principleTitle: string;
  source: string;
}

/** One turn of the replay. */
export interface ReplayStep {
  turn: number;
  speaker: Speaker;
  /** Said by the scenario's second person on the line (the assistant), not the customer. */
  party?: 'gatekeeper';
  text: string;
  mistakes: ReplayMistake[];
}

/** A call prepared for turn-by-turn replay. */
export interface Replay {
  steps: ReplayStep[];
  /** Turn indices that carry at least one mistake, ascending. */
  mistakeTurns: number[];
}

/** Pins each mistake of the report to its turn; a mistake whose turn is out of range goes on the last turn. */
export function buildReplay(transcript: Transcript, report: Report): Replay {
  const last = Math.max(0, transcript.turns.length - 1);
  const byTurn = new Map<number, ReplayMistake[]>();
  for (const mistake of report.mistakes) {
    const turn = Number.isInteger(mistake.turn) && mistake.turn >= 0 && mistake.turn <= last ? mistake.turn : last;
    // Imported reports may name a principle this build does not know; show it rather than fail.
    const principle = isPrincipleId(mistake.principle) ? principleById(mistake.principle) : undefined;
    const source = principle?.sources[0];
    const entry: ReplayMistake = { ...mistake, turn, principleTitle: principle?.title ?? mistake.principle, source: source ? citeSource(source) : '' };
    byTurn.set(turn, [...(byTurn.get(turn) ?? []), entry]);
  }
  const steps = transcript.turns.map((t, turn) => ({
    turn,
    speaker: t.speaker,
    ...(t.party === 'gatekeeper' ? { party: t.party } : {}),
    text: t.text,
    mistakes: byTurn.get(turn) ?? [],
  }));
  return { steps, mistakeTurns: [...byTurn.keys()].sort((a, b) => a - b) };
}

/** The next (direction 1) or previous (-1) mistake turn from `current`, or undefined at either end. */
export function stepToMistake(replay: Replay, current: number, direction: 1 | -1): number | undefined {
  const turns = direction === 1 ? replay.mistakeTurns : [...replay.mistakeTurns].reverse();
  return turns.find((turn) => (direction === 1 ? turn > current : turn < current));
}
