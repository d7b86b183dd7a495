import { browserCallServices, type CallServices } from '../../src/app/call/callServices';
import { createCallStore, type CallStoreHook } from '../../src/app/call/createCallStore';

/** The browser's call services with no waits, no sound, seed 3 and nowhere to save, overridable per test. */
export function testCallServices(overrides: Partial<CallServices> = {}): CallServices {
  return { ...browserCallServices(async () => undefined), wait: async () => undefined, newSeed: () => 3, beep: () => undefined, ...overrides };
}

/** A call store of its own for a test, over the test services. */
export function testCallStore(overrides: Partial<CallServices> = {}): CallStoreHook {
  return createCallStore(testCallServices(overrides));
}
