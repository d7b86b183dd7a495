/** What of a rep turn's reading shows a question about the customer's own situation. */
export interface QuestionReading {
  asksQuestion: boolean;
  namesTime: boolean;
  asksReferral: boolean;
}

/**
 * A question about the customer's own situation ("when are you normally free?"), not a time put to them ("Saturday at
 * 10?") or a referral ask. One rule for the customer, who says again what she told, and the scorer, who counts the ask.
 */
export function asksAboutThem(moves: QuestionReading): boolean {
  return moves.asksQuestion && !moves.namesTime && !moves.asksReferral;
}
