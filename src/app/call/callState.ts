import type { CallRecord } from '../../core/history';
import type { Mood, Persona } from '../../core/persona';
import type { Difficulty, Scenario } from '../../core/scenario';
import type { EndReason, Turn } from '../../core';
import type { PersonaKind } from '../settings/settingsStore';

/** How good a guided line was. */
export type GuidedQuality = 'strong' | 'weak' | 'poor';

/**
 * Where a call is. `interrupted`: restored after a reload, waiting for the trainee to resume or discard.
 * `fault`: the customer could not answer (a model error); the trainee may retry or switch to the scripted customer.
 */
export type CallPhase = 'idle' | 'connecting' | 'live' | 'responding' | 'fault' | 'interrupted' | 'ending' | 'saving' | 'save-failed' | 'finished';

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

/** The call in progress; saved on every change so a reload can resume it. */
export interface CallSession {
  callId: string;
  scenarioId: string;
  scenarioTitle: string;
  channel: Scenario['channel'];
  seed: number;
  difficulty: Difficulty;
  goal: string;
  personaKind: PersonaKind;
  /** The trainee picked at least one guided line. */
  usedGuided: boolean;
  /** The quality of each guided line picked, by turn index; shown on the rep's bubble after the pick. */
  guidedPicks?: Record<number, GuidedQuality>;
  startedAt: string;
  /** Clock time (ms) the customer picked up; turn times count from it. */
  connectedAt?: number;
  turns: Turn[];
  mood?: Mood;
  endReason?: EndReason;
  /** The voicemail beep has sounded: the recording is on. */
  beeped: boolean;
  /** Guided or free text, when a plan forces it. */
  forcedMode?: 'guided' | 'free';
  assignmentId?: string;
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

/** The rep said something: only such a call is scored and saved. */
export function repSpoke(session: Pick<CallSession, 'turns'>): boolean {
  return session.turns.some((turn) => turn.speaker === 'rep' && turn.text.trim() !== '');
}

/** The one line that explains why a call without a word from the rep was not saved. */
export function droppedNoteFor(session: Pick<CallSession, 'channel'>): string {
  return session.channel === 'voicemail'
    ? 'The call ended before you left a message, so there was nothing to score; it was not saved to History.'
    : 'The call ended before you said anything, so there was nothing to score; it was not saved to History.';
}

/** The phases in which a call is still going on and could be resumed after a reload. */
export const ONGOING_PHASES: readonly CallPhase[] = ['connecting', 'live', 'responding', 'fault', 'interrupted'];
