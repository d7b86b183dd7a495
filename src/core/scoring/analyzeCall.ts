import { describeCustomerTurn, type CustomerTurnDetail } from '../language/classifyCustomerTurn';
import { describeRepTurn, type RepTurnDetail } from '../language/classifyRepTurn';
import type { Scenario } from '../scenario/scenarioSchema';
import type { Speaker, Transcript } from '../transcript';
import { trackIssues, type IssueEpisode } from './trackIssues';

/** One turn with what the detectors found in it. */
export interface AnalyzedTurn {
  /** 0-based index into the transcript's turns. */
  index: number;
  speaker: Speaker;
  text: string;
  /** Set on rep turns. */
  rep?: RepTurnDetail;
  /** Set on customer turns. */
  customer?: CustomerTurnDetail;
}

/** A rep turn with its moves. */
export type RepTurn = AnalyzedTurn & { rep: RepTurnDetail };
/** A customer turn with its signals. */
export type CustomerTurn = AnalyzedTurn & { customer: CustomerTurnDetail };

/** A call with every turn classified once, shared by all the principle rules. */
export interface CallAnalysis {
  scenario: Scenario;
  transcript: Transcript;
  /** A voicemail is judged as one message. */
  voicemail: boolean;
  turns: AnalyzedTurn[];
  /** Turns by their transcript index. */
  byIndex: Map<number, AnalyzedTurn>;
  repTurns: RepTurn[];
  customerTurns: CustomerTurn[];
  /** Each open issue's story: when it came up, whether and when it was owned, whether the rep moved on first. */
  issues: IssueEpisode[];
}

/** Classifies every turn once, in order; cost is linear in the number of turns. */
export function analyzeCall(scenario: Scenario, transcript: Transcript): CallAnalysis {
  const turns: AnalyzedTurn[] = [];
  const repTurns: RepTurn[] = [];
  const customerTurns: CustomerTurn[] = [];
  const raw = Array.isArray(transcript?.turns) ? transcript.turns : [];
  raw.forEach((turn, index) => {
    const text = typeof turn?.text === 'string' ? turn.text : '';
    if (turn?.speaker === 'rep') {
      const analyzed: RepTurn = { index, speaker: 'rep', text, rep: describeRepTurn(text, scenario) };
      turns.push(analyzed);
      repTurns.push(analyzed);
    } else if (turn?.speaker === 'customer') {
      const analyzed: CustomerTurn = { index, speaker: 'customer', text, customer: describeCustomerTurn(text, scenario) };
      turns.push(analyzed);
      customerTurns.push(analyzed);
    }
  });
  const voicemail = (transcript?.channel ?? scenario.channel) === 'voicemail';
  const byIndex = new Map(turns.map((turn) => [turn.index, turn]));
  return { scenario, transcript, voicemail, turns, byIndex, repTurns, customerTurns, issues: trackIssues(scenario, turns) };
}
