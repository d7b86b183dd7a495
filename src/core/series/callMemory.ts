import type { Channel } from '../scenario/scenarioSchema';

/** How a promise from the last call fared in this one: delivered unprompted, delivered once reminded, still vague, or never brought up. */
export type PromiseStatus = 'kept' | 'reminded' | 'broken' | 'forgotten';

/** Something the rep said they would do, in their own words. */
export interface RepPromise {
  /** The open issue it answers, or null for a callback or a step not tied to one. */
  issueId: string | null;
  /** What it is about, in the scenario's words ("The license plates … are a month overdue."). */
  about: string;
  /** The rep's own sentence. */
  quote: string;
  turn: number;
  /** Named a time someone can hold the rep to ("by 4 pm Thursday"); false for "I'll look into it". */
  timed: boolean;
}

/** Something the customer said they would do, or would not. */
export interface CustomerWord {
  kind: 'agreed' | 'not-now' | 'firm-no';
  quote: string;
  turn: number;
}

/** What became of one promise of the last call in this call. */
export interface FollowThrough {
  promise: RepPromise;
  status: PromiseStatus;
  /** The turn that settled it (where it was delivered or left vague), or null when it never came up. */
  turn: number | null;
}

/** An item the call left open: an issue not owned, or news the goal needed that was never given. */
export interface OpenItem {
  kind: 'issue' | 'news';
  id: string;
  summary: string;
}

/** What one finished call of a series leaves behind for the next: plain data, saved with the call. */
export interface CallMemory {
  /** The series call's id and day, as the briefing names them. */
  callId: string;
  title: string;
  day: string;
  channel: Channel;
  /** Who the rep spoke to (or whose voicemail it was): a gatekeeper call remembers the assistant. */
  customer: string;
  /** The rep said anything at all. */
  spoke: boolean;
  promises: RepPromise[];
  customerSaid: CustomerWord[];
  stillOpen: OpenItem[];
  /** Ids of the value items told as news. */
  valueBrought: string[];
  /** The last call's promises, judged in this one. */
  followThrough: FollowThrough[];
  /** The customer hung up on the rep. */
  hungUp: boolean;
}
