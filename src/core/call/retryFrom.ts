import type { Mood } from '../persona/Persona';
import { scriptedGreeting, scriptedReply } from '../persona/scriptedReply';
import type { Difficulty, Scenario } from '../scenario/scenarioSchema';
import type { Transcript, Turn } from '../transcript';

/** A call taken back to one of its rep lines: what was said before it, how the customer felt, and how to go on. */
export interface RetryPoint {
  scenarioId: string;
  channel: Transcript['channel'];
  seed: number;
  difficulty: Difficulty;
  goal?: string;
  /** The turn the retry replaces: the rep's line the trainee says again. */
  turnIndex: number;
  /** Everything said before that line. */
  turns: Turn[];
  /** The customer's mood before that line, as the scripted customer had it. */
  mood?: Mood;
}

/** A retry point, or why the call cannot be taken back there. */
export type RetryFrom = { ok: true; point: RetryPoint } | { ok: false; problem: string };

/**
 * Rebuilds a finished call's state just before the rep's line at `turnIndex`, so the scripted customer can go on
 * from there. The scripted customer reads the whole transcript each turn, so the turns before the line and the seed
 * are its whole state: the same lines said from here give the same replies. Pure.
 */
export function retryFrom(scenario: Scenario, transcript: Transcript, turnIndex: number, seed: number | undefined = transcript.seed): RetryFrom {
  if (transcript.scenarioId !== scenario.id) return { ok: false, problem: `The call is of scenario "${transcript.scenarioId}", not "${scenario.id}".` };
  if (seed === undefined) return { ok: false, problem: 'The call has no seed, so its customer cannot be rebuilt exactly.' };
  const turn = transcript.turns[turnIndex];
  if (!Number.isInteger(turnIndex) || !turn) return { ok: false, problem: `The call has no line ${turnIndex + 1}.` };
  if (turn.speaker !== 'rep') return { ok: false, problem: `Line ${turnIndex + 1} is the customer's; a retry starts from one of your lines.` };
  const difficulty = transcript.difficulty ?? scenario.difficulty;
  const turns = transcript.turns.slice(0, turnIndex);
  return {
    ok: true,
    point: {
      scenarioId: scenario.id,
      channel: transcript.channel,
      seed,
      difficulty,
      ...(transcript.goal !== undefined ? { goal: transcript.goal } : {}),
      turnIndex,
      turns,
      ...moodBefore(scenario, { seed, difficulty }, turns),
    },
  };
}

/** The mood the scripted customer had after its last turn among these. */
function moodBefore(scenario: Scenario, options: { seed: number; difficulty: Difficulty }, turns: readonly Turn[]): { mood?: Mood } {
  const last = turns.findLastIndex((turn) => turn.speaker === 'customer');
  const said = last <= 0 ? scriptedGreeting(scenario, options) : scriptedReply(scenario, options, turns.slice(0, last));
  return said.mood ? { mood: said.mood } : {};
}
