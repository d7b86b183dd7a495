import { cleanTurnText } from '../cleanTurnText';
import { scriptedReply } from '../persona/scriptedReply';
import type { Scenario } from '../scenario/scenarioSchema';
import type { EndReason, Transcript, Turn } from '../transcript';
import type { RetryPoint } from './retryFrom';
import { customerTurn } from './customerTurn';

/** The branch of a call: the retry point's turns, then the new rep lines and the scripted customer's replies. Pure. */
export function continueFrom(scenario: Scenario, point: RetryPoint, lines: readonly string[]): Transcript {
  const options = { seed: point.seed, difficulty: point.difficulty };
  const turns: Turn[] = [...point.turns];
  let endReason: EndReason | undefined;
  for (const line of lines) {
    const { text, cut } = cleanTurnText(line);
    if (text === '') continue;
    turns.push(cut ? { speaker: 'rep', text, cut } : { speaker: 'rep', text });
    const reply = scriptedReply(scenario, options, turns);
    if (reply.text) turns.push(customerTurn(reply));
    endReason = reply.end;
    if (endReason) break;
  }
  return {
    scenarioId: point.scenarioId,
    channel: point.channel,
    turns,
    seed: point.seed,
    difficulty: point.difficulty,
    ...(point.goal !== undefined ? { goal: point.goal } : {}),
    endReason: endReason ?? 'rep-ended',
  };
}
