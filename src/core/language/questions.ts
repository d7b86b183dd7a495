// "Will do." and "Have a good day." start like questions but answer or take leave.
const QUESTION_START =
  /(?:(?:^|[.!?;:]\s*)(?:(?:so|and|but|ok|right|well|oh|great|sorry|then|now)[, ]+)?|,\s*(?:so|and|but)\s+)(?:how|what|when|where|who|whom|why|which|would|could|can|do|does|did|is|are|was|were|will|shall|may|have|has|had|any|should|might|mind if|is there|are there)\b(?! do *(?:[.!,]|$)| (?:a |an )?(?:good|great|nice|lovely|brilliant) (?:one|day|week|weekend|evening|afternoon|morning|time)\b)/;
const QUESTION_PHRASE =
  /\b(?:i was wondering|i am wondering|i am curious|tell me (?:about|how|what|when|more)|can i ask|may i ask|mind me asking|do you know|is it true)\b/;
// A choice put to the customer without a question mark: "we can do thursday at 10 or friday at 2".
const CHOICE_OFFERED = /\b(?:we|i) (?:can|could) (?:do|offer you|fit you in|squeeze you in|come) (?:\S+ ){1,4}?or (?:\S+ )?\S/;

/** True when the normalized text asks something: a question mark, an interrogative opening, "I was wondering" or a choice offered. */
export function asksQuestion(normalized: string): boolean {
  return normalized.includes('?') || QUESTION_START.test(normalized) || QUESTION_PHRASE.test(normalized) || CHOICE_OFFERED.test(normalized);
}

// "When are you planning to decide?": the customer's own timeline asked for, in the turn's last sentence.
const ASKS_THEIR_TIMELINE =
  /\bwhen (?:are|do|will|would|is|does) (?:you|your \w+|the \w+)\b[^.!?]*\b(?:decid\w*|decision|ready|need (?:it|them|this)|make up|sign|planning|looking to|expect\w*|hoping)\b[^.!?]*\??\s*$/;

/** The rep's turn ends by asking when the customer decides or needs it: a day in the answer is their timeline, not a counter-offer. */
export function asksTheirTimeline(normalized: string): boolean {
  return ASKS_THEIR_TIMELINE.test(normalized);
}
