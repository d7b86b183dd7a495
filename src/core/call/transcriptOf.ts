import type { Transcript } from '../transcript';
import type { CallSession } from './CallSession';

/** The transcript of a session in the interchange format, with the goal, seed and difficulty it was played with. */
export function transcriptOf(session: CallSession): Transcript {
  return {
    scenarioId: session.scenarioId,
    channel: session.channel,
    turns: session.turns,
    seed: session.seed,
    difficulty: session.difficulty,
    goal: session.goal,
    ...(session.endReason ? { endReason: session.endReason } : {}),
  };
}
