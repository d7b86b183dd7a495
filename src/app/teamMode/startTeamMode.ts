import { onFinishedCall } from '../call/finishedCalls';
import { onStartedCall } from '../call/startedCalls';
import { isSeriesCallId } from '../scenarios/scenarioCatalog';
import type { TeamStoreHook } from './teamStore';

/** How often waiting uploads are tried again while the page is open. */
const RETRY_MS = 20_000;

/**
 * Asks the server whether this is team mode; if so, finished calls are queued for upload and the queue is sent
 * on sign-in, when the browser comes back online, when the tab is shown again, and every little while.
 */
export async function startTeamMode(store: TeamStoreHook): Promise<void> {
  await store.getState().refreshSession();
  if (store.getState().mode !== 'team') return;
  // A trainee's assignments first: they decide which finished calls upload.
  if (store.getState().me?.user.role === 'trainee') await store.getState().loadMine();
  // Who started a call, first: a call finished after its trainee's session ended still goes to them.
  onStartedCall(({ callId, assignmentId }) => store.getState().callStarted(callId, assignmentId));
  onFinishedCall((record) => {
    if (!isSeriesCallId(record.scenarioId)) return store.getState().callFinished(record);
    // A series call goes with the calls before it in its run, which the server scores it after (series code is its own chunk).
    import('../series/earlierSeriesTranscripts').then(
      ({ earlierSeriesTranscripts }) => store.getState().callFinished(record, earlierSeriesTranscripts(record)),
      () => store.getState().callFinished(record),
    );
  });
  const flush = () => {
    if (store.getState().outbox.length > 0) void store.getState().flushUploads();
  };
  window.addEventListener('online', flush);
  window.addEventListener('focus', flush);
  setInterval(flush, RETRY_MS);
  flush();
}
