import type { CallMemory, RepPromise } from './callMemory';

/**
 * The promises still owed after a call: the ones it made, and older ones it broke or forgot, unless it made a new promise
 * on the same issue. A promise not kept in the voicemail is still owed in the call after it.
 */
export function owedPromises(memory: CallMemory): RepPromise[] {
  const renewed = new Set(memory.promises.map((p) => p.issueId).filter((id) => id !== null));
  const unkept = memory.followThrough.filter(
    (f) => (f.status === 'broken' || f.status === 'forgotten') && !(f.promise.issueId !== null && renewed.has(f.promise.issueId)),
  );
  return [...unkept.map((f) => f.promise), ...memory.promises];
}
