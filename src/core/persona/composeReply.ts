import type { DialogueKey, LineRef } from './replyPlan';

/** Short reactions that can lead into the real answer ("Right, the SUV."), most telling first: at most one per reply. */
const ACKNOWLEDGEMENTS: readonly DialogueKey[] = ['valueHeard', 'timeChecked', 'historyHeard', 'purposeHeard', 'purposeless', 'smallTalk', 'fallback'];

/** Whether a line only acknowledges what the rep said, rather than answering or raising something. */
export function isAcknowledgement(ref: LineRef): boolean {
  return ref.kind === 'dialogue' && ACKNOWLEDGEMENTS.includes(ref.key);
}

/** Generic answers that give way to anything the customer actually has to say (an issue, a counter-offer). */
const GENERIC = new Set<DialogueKey>(['question', 'nextStepVague']);

function rank(ref: LineRef): number {
  return ref.kind === 'dialogue' ? ACKNOWLEDGEMENTS.indexOf(ref.key) : ACKNOWLEDGEMENTS.length;
}

/**
 * One coherent reply from the reactions a turn set off: at most one acknowledgement and one substantive line (or thanks
 * for a fix followed by the answer to a question).
 * The main reaction wins over what the customer would volunteer, except that a generic answer ("Hm, not sure.")
 * gives way to a brush-off, an issue or a fact; the most telling acknowledgement is kept.
 */
export function composeReply(prefix: readonly LineRef[], main: LineRef | undefined, extras: readonly LineRef[]): LineRef[] {
  const genericMain = main?.kind === 'dialogue' && GENERIC.has(main.key);
  const substantive = [...(main && !isAcknowledgement(main) && !genericMain ? [main] : []), ...extras, ...(genericMain && main ? [main] : [])];
  const acks = [...(main && isAcknowledgement(main) ? [main] : []), ...prefix.filter(isAcknowledgement)].sort((a, b) => rank(a) - rank(b));
  const parts: LineRef[] = [];
  // "Sorry?" only stands alone.
  // Raising the problem already says which order it is: "Yes, that's the one" before it only repeats it.
  const raises = substantive[0]?.kind === 'issue' && substantive[0].field === 'raise';
  const ack = acks.find((ref) => !(substantive.length > 0 && ref.kind === 'dialogue' && (ref.key === 'fallback' || (raises && ref.key === 'historyHeard'))));
  if (ack) parts.push(ack);
  if (substantive[0]) parts.push(substantive[0]);
  // "Yes, I remember you. Still thinking it over.": with nothing more to say, the recognition leads into the answer to small talk.
  const smallTalkAnswer = main?.kind === 'dialogue' && (main.key === 'purposeless' || main.key === 'smallTalk');
  if (!substantive[0] && smallTalkAnswer && ack !== main && ack?.kind === 'dialogue' && ack.key === 'historyHeard') parts.push(main);
  // Thanks for a fix is short enough to lead into the answer to a question asked in the same breath.
  const thanks = substantive[0]?.kind === 'issue' && substantive[0].field === 'ownedReply';
  if (thanks && substantive[1]?.kind === 'fact') parts.push(substantive[1]);
  // With nothing else to say, the customer still answers "have you got a minute?"; hearing something worth it answers it already.
  const timeAnswer =
    ack && ack.kind === 'dialogue' && ack.key !== 'valueHeard'
      ? acks.find((ref) => ref !== ack && ref.kind === 'dialogue' && ref.key === 'timeChecked')
      : undefined;
  if (!substantive[0] && timeAnswer) parts.push(timeAnswer);
  // "Yes, Saturday suits me. And the light?": a problem left open is asked about after the answer, never instead of it.
  const reminder = extras.find((ref) => ref.kind === 'issue' && ref.field === 'ignoredReply');
  if (reminder && !parts.includes(reminder)) parts.push(reminder);
  return parts;
}
