/** Words in one rep turn beyond which it is a monologue: shorter for a customer who is busy. One rule for the customer and the scorer. */
export const MONOLOGUE_WORDS = { busy: 55, any: 80, asked: 120 } as const;

/**
 * Whether a rep turn of this many words is a monologue for this customer; an answer to what they asked may run longer,
 * unless they are busy. A turn that ends by asking whether now suits them leaves a busy customer the way out, so it is
 * held to the general limit.
 */
export function isMonologue(words: number, busy: boolean, asked = false, checksTime = false): boolean {
  return words > (busy && !checksTime ? MONOLOGUE_WORDS.busy : asked ? MONOLOGUE_WORDS.asked : MONOLOGUE_WORDS.any);
}

/** A brevity promise is kept when the turn that made it and the next one stay this short. */
export const BRIEF_TURN_WORDS = 70;
