import { assertFreshBuild } from './assertFreshBuild';

/** Vitest global setup of the browser tests: stops the run at once when dist/ is missing or older than its sources. */
export default function freshBuildSetup(): void {
  try {
    assertFreshBuild(process.env.DIALED_IN_DIST ?? 'dist');
  } catch (error) {
    // The message says what to do; a stack through Vitest's internals would only bury it.
    throw Object.assign(new Error((error as Error).message), { stack: `Error: ${(error as Error).message}` });
  }
}
