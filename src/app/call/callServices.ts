import type { CallRecord } from '../../core/history';
import type { Persona } from '../../core/persona';
import type { Scenario } from '../../core/scenario';
import type { Report } from '../../core/scoring';
import type { Transcript } from '../../core';
import { scenarioById } from '../scenarios/scenarioCatalog';
import { playBeep } from './playBeep';
import type { PersonaChoice } from './createPersonaFor';
import { newCallId, newCallSeed } from './callIdentity';

/** The I/O the call store needs, handed in so tests can replace clocks, storage and sound. */
export interface CallServices {
  now(): number;
  /** Resolves after `ms`, or early (without error) when the signal aborts. */
  wait(ms: number, signal?: AbortSignal): Promise<void>;
  createPersona(scenario: Scenario, choice: PersonaChoice): Promise<Persona>;
  score(scenario: Scenario, transcript: Transcript): Report | Promise<Report>;
  /** Saves a finished call to history; rejects when it could not be stored. */
  saveRecord(record: CallRecord): Promise<void>;
  scenarioById(id: string): Scenario | undefined;
  newSeed(): number;
  newId(): string;
  beep(): void;
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

// The persona and the scorer load with the call screen, not with Home: they are most of the core's weight.
const defaults: CallServices = {
  now: () => Date.now(),
  wait,
  createPersona: async (scenario, choice) => (await import('./createPersonaFor')).createPersonaFor(scenario, choice),
  score: async (scenario, transcript) => (await import('../../core/scoring/scoreTranscript')).scoreTranscript(scenario, transcript),
  saveRecord: () => Promise.reject(new Error('History storage is not connected.')),
  scenarioById,
  newSeed: newCallSeed,
  newId: newCallId,
  beep: playBeep,
};

let current: CallServices = defaults;

/** The services in use. */
export function callServices(): CallServices {
  return current;
}

/** Replaces some services (the app wires history storage at start; tests use fakes). */
export function configureCallServices(overrides: Partial<CallServices>): void {
  current = { ...current, ...overrides };
}

/** Back to the defaults (for tests). */
export function resetCallServices(): void {
  current = defaults;
}
