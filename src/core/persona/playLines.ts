import type { Difficulty, Scenario } from '../scenario/scenarioSchema';
import { cleanTurnText } from '../cleanTurnText';
import type { Transcript, Turn } from '../transcript';
import type { Persona } from './Persona';
import { customerTurn } from '../call/customerTurn';

/** The call that came of playing a list of rep lines, and how many lines were left unsaid when it ended early. */
export interface PlayedCall {
  transcript: Transcript;
  unsaid: number;
}

/** Plays rep lines against any persona until the lines run out or the customer ends the call. */
export async function playLines(
  scenario: Scenario,
  persona: Persona,
  lines: readonly string[],
  options: { seed: number; difficulty: Difficulty; onTurn?: (turn: Turn) => void },
): Promise<PlayedCall> {
  const turns: Turn[] = [];
  // Each turn is handed out as it is said, so a caller still has the call when a later reply fails.
  const say = (turn: Turn) => {
    turns.push(turn);
    options.onTurn?.(turn);
  };
  const opening = await persona.open();
  say(customerTurn(opening));
  let endReason = opening.end;
  let said = 0;
  for (const line of lines) {
    if (endReason) break;
    const { text, cut } = cleanTurnText(line);
    say(cut ? { speaker: 'rep', text, cut } : { speaker: 'rep', text });
    said++;
    const reply = await persona.respond(turns);
    if (reply.text) say(customerTurn(reply));
    endReason = reply.end;
  }
  return {
    transcript: {
      scenarioId: scenario.id,
      channel: scenario.channel,
      turns,
      seed: options.seed,
      difficulty: options.difficulty,
      endReason: endReason ?? 'rep-ended',
    },
    unsaid: lines.length - said,
  };
}
