/** What a rep turn does, as detected from its text and the scenario's facts. */
export interface RepMoves {
  /** Number of words in the turn. */
  words: number;
  /** A purposeless opener or filler reason: checking in, touching base, seeing how things are going. */
  purposeless: boolean;
  /** A concrete reason for the call is stated (an issue, a value item, the next-step topic, or "calling about/because/to" something concrete). */
  statesPurpose: boolean;
  /** Refers to the account history: prior commitments, names and dates the scenario lists. */
  refersToHistory: boolean;
  /** Asks the customer for what the rep should already know ("remind me what this was about"). */
  asksForKnownInfo: boolean;
  /** Ids of the scenario's value items the turn brings up. */
  valueItemIds: string[];
  /** Ids of the persona's open issues the turn addresses. */
  issueIds: string[];
  /** Acknowledges or apologises for a problem. */
  acknowledges: boolean;
  /** Commits to a specific action ("I'll call the registration office"). */
  commitsAction: boolean;
  /** Names a time or date ("by 4 pm", "tomorrow morning", "Thursday"). */
  namesTime: boolean;
  /** A promise with no action or time ("I'll look into it"). */
  vaguePromise: boolean;
  /** Asks for a referral. */
  asksReferral: boolean;
  /** Proposes a next step: a meeting, demo, visit, order, callback or document. */
  proposesNextStep: boolean;
  /** Leaves the next move to the customer ("let me know", "I'm here if you need me", "they know where to find me"). */
  leavesItOpen: boolean;
  /** Asks whether now is a good time or promises to be brief. */
  checksTime: boolean;
  /** Asks the customer a question. */
  asksQuestion: boolean;
  /** Ids of the persona's hidden facts the turn asks about. */
  factIds: string[];
  /** Says goodbye or ends the call. */
  closes: boolean;
}

/** What a customer turn signals, as detected from its text. */
export interface CustomerSignals {
  /** Expresses satisfaction or praise ("I love the car", "your team has been great"). */
  satisfied: boolean;
  /** A soft brush-off: not now, not yet, maybe later, still thinking. */
  notNow: boolean;
  /** A clear, firm no ("we went with someone else", "please stop calling"). */
  firmNo: boolean;
  /** Says they are busy or short of time. */
  busy: boolean;
  /** Ids of the persona's open issues the customer raises. */
  issueIds: string[];
  /** Agrees to what was proposed. */
  agrees: boolean;
  /** Asks why the rep is calling. */
  asksWhy: boolean;
  /** Ends the call (hangs up, says goodbye). */
  ends: boolean;
}
