import type { CallRecord } from '../../core/history/callRecord';
import type { Mood, Persona } from '../../core/persona/Persona';
import type { Difficulty, Scenario } from '../../core/scenario/scenarioSchema';
import type { EndReason, Turn } from '../../core/transcript';
import type { PersonaKind } from '../settings/settingsStore';

/**
 * Where a call is. `interrupted`: restored after a reload, waiting for the trainee to resume or discard.
 * `fault`: the customer could not answer (a model error); the trainee may retry or switch to the scripted customer.
 */
export type CallPhase = 'idle' | 'connecting' | 'live' | 'responding' | 'fault' | 'interrupted' | 'ending' | 'saving' | 'save-failed' | 'finished';

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
  startedAt: string;
  /** Clock time (ms) the customer picked up; turn times count from it. */
  connectedAt?: number;
  turns: Turn[];
  mood?: Mood;
  endReason?: EndReason;
  /** The voicemail beep has sounded: the recording is on. */
  beeped: boolean;
}

/** What starting a call needs besides the scenario. */
export interface CallStart {
  goal: string;
  personaKind: PersonaKind;
  difficulty: Difficulty;
}

/** The data half of the call store. */
export interface CallData {
  phase: CallPhase;
  session?: CallSession;
  /** The customer's reply as it streams in (model personas). */
  streamingText?: string;
  /** A passing message on the call screen (a reply cut off, a switch of persona). */
  notice?: string;
  /** Why the customer could not answer, or why saving failed. */
  fault?: string;
  /** A finished call not yet confirmed saved; kept across reloads so nothing is lost. */
  pendingRecord?: CallRecord;
  /** Set once the finished call is saved: the results screen shows this record. */
  finishedRecordId?: string;
  /** The live customer; never saved. */
  persona?: Persona;
  /** Cancels the pending reply or pause when the call is hung up or discarded. */
  controller?: AbortController;
}

/** Actions that run a call. */
export interface CallFlowActions {
  startCall(scenario: Scenario, start: CallStart): Promise<void>;
  /** Says a rep line; `guided` when it was one of the suggested lines. */
  sendRepLine(text: string, options?: { guided?: boolean }): Promise<void>;
  hangUp(): Promise<void>;
  /** Continues a call restored after a reload. */
  resume(): Promise<void>;
  /** Asks the customer again after a fault. */
  retry(): Promise<void>;
  /** Continues the same call with the scripted customer (after a model fault, or by choice). */
  switchToScripted(): Promise<void>;
  /** Throws the call away. */
  discard(): void;
  dismissNotice(): void;
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

/** The phases in which a call is still going on and could be resumed after a reload. */
export const ONGOING_PHASES: readonly CallPhase[] = ['connecting', 'live', 'responding', 'fault', 'interrupted'];
