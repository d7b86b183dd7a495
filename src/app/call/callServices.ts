import { atPace, type Pace } from '../../core/call';
import type { CallRecord } from '../../core/history';
import type { Persona } from '../../core/persona';
import type { Scenario } from '../../core/scenario';
import type { Report } from '../../core/scoring';
import type { Transcript } from '../../core';
import { systemClock } from '../clock/systemClock';
import { scenarioById } from '../scenarios/scenarioCatalog';
import { playBeep } from './playBeep';
import type { PersonaChoice } from './createPersonaFor';
import { newCallId, newCallSeed } from './callIdentity';

/** The I/O a call store needs, handed to its factory so tests can replace the clock, the customer, storage and sound. */
export interface CallServices {
  /** The clock: milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`, or early (without error) when the signal aborts. */
  wait(ms: number, signal?: AbortSignal): Promise<void>;
  /** The customer (scripted, or a model client behind the persona interface). */
  createPersona(scenario: Scenario, choice: PersonaChoice): Promise<Persona>;
  score(scenario: Scenario, transcript: Transcript): Report | Promise<Report>;
  /** Saves a finished call to history; rejects when it could not be stored. */
  saveRecord(record: CallRecord): Promise<void>;
  scenarioById(id: string): Scenario | undefined;
  /** The seed of a new call's randomness, kept in its transcript so it replays exactly. */
  newSeed(): number;
  newId(): string;
  beep(): void;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * The browser's services for a call, all but where finished calls are saved (that is the history store's, handed in)
 * and the trainee's pace (the settings store's).
 * The persona and the scorer load with the call screen, not with Home: they are most of the core's weight.
 */
export function browserCallServices(saveRecord: CallServices['saveRecord'], pace: () => Pace = () => 'natural'): CallServices {
  return {
    now: systemClock.now,
    wait: (ms, signal) => wait(atPace(ms, pace()), signal),
    createPersona: async (scenario, choice) => (await import('./createPersonaFor')).createPersonaFor(scenario, choice),
    score: async (scenario, transcript) => (await import('../../core/scoring/scoreTranscript')).scoreTranscript(scenario, transcript),
    saveRecord,
    scenarioById,
    newSeed: () => newCallSeed(systemClock),
    newId: () => newCallId(systemClock),
    beep: playBeep,
  };
}
