/** How long the customer "speaks" before a reply appears: longer lines take longer, within bounds. */
export function pauseFor(text: string): number {
  return Math.min(1800, 450 + text.length * 14);
}

/** How long the ringing lasts before the customer (or the voicemail) picks up. */
export const RING_MS = 1600;
/** How long the "call ended" moment stays before the results. */
export const ENDING_MS = 1400;
/** The gap between the voicemail greeting and the beep. */
export const BEEP_GAP_MS = 500;

/** How the call's pauses are paced: as on a real call, or quick for drilling many calls. */
export type Pace = 'natural' | 'quick';

/** A pause at the trainee's pace; a quick one keeps a beat, so each reply still reads as its own turn. */
export function atPace(ms: number, pace: Pace): number {
  return pace === 'quick' ? Math.round(ms * 0.15) : ms;
}
