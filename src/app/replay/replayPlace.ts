// The line a replay is on is kept on its history entry, so Back or Forward returns to that line as scroll memory
// returns to the place on the page.

interface ReplayPlace {
  replayOf?: unknown;
  replayLine?: unknown;
}

/** The line this history entry was left on for the replay `key`, if it is one of its `steps`; else the first. */
export function savedReplayLine(key: string | undefined, steps: number): number {
  if (key === undefined || typeof window === 'undefined') return 0;
  const state = window.history.state as ReplayPlace | null;
  const line = state?.replayOf === key ? state.replayLine : undefined;
  return typeof line === 'number' && Number.isInteger(line) && line >= 0 && line < steps ? line : 0;
}

/** Records the replay's line on the history entry shown now, keeping what else the entry holds (its scroll key). */
export function rememberReplayLine(key: string | undefined, line: number): void {
  if (key === undefined || typeof window === 'undefined') return;
  const state = (window.history.state ?? {}) as Record<string, unknown>;
  if (state.replayOf === key && state.replayLine === line) return;
  window.history.replaceState({ ...state, replayOf: key, replayLine: line }, '');
}
