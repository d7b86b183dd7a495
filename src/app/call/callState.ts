import type { CallPhase, CallSession, GuidedQuality } from '../../core/call';
import type { CallRecord } from '../../core/history';
import type { Persona } from '../../core/persona';
import type { Difficulty, Scenario } from '../../core/scenario';
import type { EndReason } from '../../core';
import type { PersonaKind } from '../settings/settingsStore';

export type { CallPhase, CallSession, GuidedQuality } from '../../core/call';

/** A wait before the model is asked again, as the call screen shows it. */
export interface ReplyWait {
  reason: string;
  /** Clock time (ms) the next try starts. */
  until: number;
  attempt: number;
  attempts: number;
}

/** Rules a call is played under, set by an assignment, the onboarding track or the scenario editor before the briefing. */
export interface CallPlan {
  scenarioId: string;
  /** Forced for this call: the guided/free switch is hidden. */
  mode?: 'guided' | 'free';
  /** Forced for this call instead of the settings. */
  personaKind?: PersonaKind;
  /** Forced for this call: the briefing shows it with no way to change it. */
  difficulty?: Difficulty;
  /** Copied into the call record. */
  assignmentId?: string;
  /** The results screen offers a button back to where the plan came from. */
  returnTo?: { label: string; hash: string };
  /** One line shown on the briefing, such as "Assignment: Week 1 · guided lines". */
  label?: string;
}

/** What starting a call needs besides the scenario. */
export interface CallStart {
  goal: string;
  personaKind: PersonaKind;
  difficulty: Difficulty;
  forcedMode?: 'guided' | 'free';
  assignmentId?: string;
}

/** The data half of the call store. */
export interface CallData {
  phase: CallPhase;
  session?: CallSession;
  /** The customer's reply as it streams in (model personas). */
  streamingText?: string;
  /** Clock time (ms) the customer's pending reply was asked for; the screen says so when it takes long. */
  replyAskedAt?: number;
  /** The model persona is waiting to ask its model again (a rate limit, a server error): why, and until when. */
  replyWait?: ReplyWait;
  /** A passing message on the call screen (a reply cut off, a switch of persona). */
  notice?: string;
  /** Why the customer could not answer, or why saving failed. */
  fault?: string;
  /** False when trying again cannot help (key rejected, model not found, nothing set up): the screen points to Settings. */
  faultRetryable?: boolean;
  /** A finished call not yet confirmed saved; kept across reloads so nothing is lost. */
  pendingRecord?: CallRecord;
  /** Set once the finished call is saved: the results screen shows this record. */
  finishedRecordId?: string;
  /** The rules the next or current call is played under, if any. */
  plan?: CallPlan;
  /** The live customer; never saved. */
  persona?: Persona;
  /** Cancels the pending reply or pause when the call is hung up or discarded. */
  controller?: AbortController;
  /** Why the last call was thrown away unscored (the rep never spoke); shown once on Home. */
  droppedNote?: string;
}

/** Actions that run a call. */
export interface CallFlowActions {
  startCall(scenario: Scenario, start: CallStart): Promise<void>;
  /** Takes a saved call back to one of the rep's lines (a turn index) and goes on live from there; resolves to why not, if it cannot. */
  startRetry(record: CallRecord, turnIndex: number): Promise<string | undefined>;
  /** Says a rep line; `guided` is the quality of the suggested line picked, if it was one. */
  sendRepLine(text: string, options?: { guided?: GuidedQuality }): Promise<void>;
  hangUp(): Promise<void>;
  /** Continues a call restored after a reload. */
  resume(): Promise<void>;
  /** Asks the customer again after a fault, or after a reply that was cut off. */
  retry(): Promise<void>;
  /** Continues the same call with the scripted customer (after a model fault, or by choice). */
  switchToScripted(): Promise<void>;
  /** Throws the call away; `note` tells the trainee why when it was not their choice. */
  discard(note?: string): void;
  /** Forgets the note about a call thrown away unscored. */
  dismissDropped(): void;
  dismissNotice(): void;
  /** Sets (or clears) the rules for the next call; call it before opening the briefing. */
  setPlan(plan: CallPlan | undefined): void;
}

/** Actions that end a call: score, save to history, hand over to the results. */
export interface CallFinishActions {
  finish(endReason: EndReason, options?: { pause?: boolean }): Promise<void>;
  /** Tries again to save a finished call (after a failure or a reload). */
  retrySave(): Promise<void>;
  /** Recovers after a page load: a pending record is saved, an ended call is finished. */
  recover(): Promise<void>;
  /** Forgets the finished call once the results screen has it. */
  clear(): void;
}

/** The call-in-progress store's state. */
export type CallState = CallData & CallFlowActions & CallFinishActions;
