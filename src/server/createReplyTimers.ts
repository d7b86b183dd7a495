// The clocks on one proxied reply: a deadline for the whole of it and a limit on silence, either of
// which stops the upstream fetch.
import type { CutReason } from './relayReply';

/** Starts both clocks; `stop` clears them once the reply is over. */
export function createReplyTimers(limits: { maxReplyMs: number; upstreamTimeoutMs: number }) {
  const controller = new AbortController();
  let reason: CutReason | undefined;
  const cut = (why: CutReason) => {
    if (reason) return;
    reason = why;
    controller.abort();
  };
  const deadline = setTimeout(() => cut('duration'), limits.maxReplyMs);
  let silence = setTimeout(() => cut('silence'), limits.upstreamTimeoutMs);
  return {
    signal: controller.signal,
    cut,
    cutReason: () => reason,
    /** Something arrived: the silence clock starts again. */
    onProgress() {
      clearTimeout(silence);
      silence = setTimeout(() => cut('silence'), limits.upstreamTimeoutMs);
    },
    stop() {
      clearTimeout(deadline);
      clearTimeout(silence);
    },
  };
}
