import { canTransition, pauseFor, withTurn, type CallEvent, type CallSession, customerTurn } from '../../core/call';
import type { PersonaTurn } from '../../core/persona';
import { cleanTurnText } from '../../core';
import type { CallServices } from './callServices';
import { moveCall, type CallGet, type CallSet } from './moveCall';
import { newController, stillOn } from './newController';
import { partialTextOf, personaFault } from './personaFault';
import { sinceConnected } from './sinceConnected';

/** Clears what the screen shows while a reply is awaited. */
export const REPLY_DONE = { streamingText: undefined, replyAskedAt: undefined, replyWait: undefined } as const;

/** For the bench: the moment a reply's text enters the store after its pause (see CustomerBubble for the paint). */
function markReplyReady(): void {
  if (typeof performance !== 'undefined') performance.mark?.('dialed-in:reply-ready');
}

/** Asks the customer for the reply to the last rep turn, with a speaking pause, then carries on or ends the call. */
export async function requestReply(services: CallServices, get: CallGet, set: CallSet, event: CallEvent = { type: 'ask-again' }): Promise<void> {
  const session = get().session;
  const persona = get().persona;
  if (!session || !persona || !canTransition(get().phase, event)) return;
  const controller = newController(get, set);
  const { signal } = controller;
  const asked = services.now();
  moveCall(get, set, event, { fault: undefined, faultRetryable: undefined, replyAskedAt: asked, replyWait: undefined });
  let reply: PersonaTurn;
  try {
    reply = await persona.respond(session.turns, {
      signal,
      onText: (text) => set({ streamingText: text, replyWait: undefined }),
      onWaiting: (wait) => {
        if (stillOn(get, session.callId, signal))
          set({ replyWait: { reason: wait.reason, until: services.now() + wait.retryInMs, attempt: wait.attempt, attempts: wait.attempts } });
      },
    });
  } catch (error) {
    if (!stillOn(get, session.callId, signal)) return;
    const partial = partialTextOf(error);
    if (partial) {
      const kept = withTurn(get().session!, { speaker: 'customer', text: cleanTurnText(partial).text, at: sinceConnected(services, session), partial: true });
      moveCall(
        get,
        set,
        { type: 'reply' },
        {
          session: kept,
          ...REPLY_DONE,
          faultRetryable: personaFault(error).faultRetryable,
          notice: `${personaFault(error).fault} The part of the reply that arrived is kept and marked as cut off.`,
        },
      );
    } else {
      moveCall(get, set, { type: 'fault' }, { ...personaFault(error), ...REPLY_DONE });
    }
    return;
  }
  set({ replyWait: undefined });
  await services.wait(pauseFor(reply.text) - (services.now() - asked), signal);
  if (!stillOn(get, session.callId, signal)) return;
  let next: CallSession = { ...get().session!, ...(reply.mood ? { mood: reply.mood } : {}) };
  if (reply.text) next = withTurn(next, customerTurn(reply, { at: sinceConnected(services, next) }));
  set({ session: next, ...REPLY_DONE });
  if (reply.text) markReplyReady();
  // A voicemail takes one message, whatever the persona says.
  const end = reply.end ?? (next.channel === 'voicemail' ? 'voicemail-recorded' : undefined);
  if (end) return get().finish(end);
  moveCall(get, set, { type: 'reply' });
}
