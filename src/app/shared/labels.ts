import type { Channel, Difficulty, Scenario } from '../../core/scenario';
import type { EndReason, Turn } from '../../core';

/** "Easy", "Medium", "Hard". */
export function difficultyLabel(difficulty: Difficulty): string {
  return { easy: 'Easy', medium: 'Medium', hard: 'Hard' }[difficulty];
}

/** "Phone call" or "Voicemail". */
export function channelLabel(channel: Channel): string {
  return channel === 'voicemail' ? 'Voicemail' : 'Phone call';
}

/** The customer's first name, for short labels. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** Who said a line, for its label: "You", the customer's first name, or the assistant's when she said it. */
export function speakerName(turn: { speaker: 'rep' | 'customer'; party?: 'gatekeeper' }, customerName: string, scenario?: Scenario): string {
  if (turn.speaker === 'rep') return 'You';
  if (turn.party === 'gatekeeper') return firstName(scenario?.gatekeeper?.name ?? 'Assistant');
  return firstName(customerName);
}

/** Who on the customer's side spoke last (the customer, or the assistant who ended it), for sentences about how the call ended. */
export function lastOnTheLine(turns: readonly Turn[], customerName: string, scenario?: Scenario): string {
  const last = turns.findLast((turn) => turn.speaker === 'customer');
  return last ? speakerName(last, customerName, scenario) : firstName(customerName);
}

/** Up to two initials for an avatar. */
export function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => Array.from(part)[0] ?? '')
    .join('')
    .toUpperCase();
}

/** How a call ended, in a short sentence about the customer. */
export function endReasonSentence(reason: EndReason | undefined, name: string): string {
  switch (reason) {
    case 'hung-up':
      return `${name} hung up.`;
    case 'goal-reached':
      return `${name} agreed, and the call ended on a high.`;
    case 'voicemail-recorded':
      return 'Your voicemail was recorded.';
    case 'turn-limit':
      return 'The call ran out of time.';
    case 'rep-ended':
      return 'You ended the call.';
    default:
      return 'The call ended.';
  }
}

/** "2:05" for 125 seconds. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
