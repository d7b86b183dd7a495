import { holdsUnsavedCall, ONGOING_PHASES, type CallPhase } from './callPhase';

/** What can happen to a call. Facts the machine cannot see (is a record pending, did the rep speak) come with the event. */
export type CallEvent =
  /** A new call is dialled; refused while a finished call waits to be saved. */
  | { type: 'dial'; hasPendingRecord: boolean }
  /** The customer is rung again (a retry, or a resume before anyone picked up). */
  | { type: 'ring' }
  /** The customer picked up (after a voicemail's beep): the rep's turn. */
  | { type: 'pick-up' }
  /** The rep said a line: the customer answers. */
  | { type: 'rep-line' }
  /** The customer is asked again for the reply to the rep's last line. */
  | { type: 'ask-again' }
  /** The customer replied (whole, or cut off and kept): the rep's turn. */
  | { type: 'reply' }
  /** Back to the rep's turn after a fault, a resume or a switch of persona, without a new reply. */
  | { type: 'carry-on' }
  /** The customer could not answer (or could not be created). */
  | { type: 'fault' }
  /** The page was reloaded mid-call, or a resume starts over. */
  | { type: 'interrupt' }
  /** The rep hangs up: a call the rep spoke in is scored, any other is dropped. */
  | { type: 'hang-up'; repSpoke: boolean }
  /** The call is over and is (again) to be scored. */
  | { type: 'end' }
  /** Scored: the record is being saved. */
  | { type: 'scored' }
  | { type: 'score-failed' }
  | { type: 'save-failed' }
  | { type: 'saved' }
  /** Thrown away unscored (by the trainee, or because the rep never spoke). */
  | { type: 'drop' }
  /** Forgotten once the results have the call. */
  | { type: 'clear' };

/** The outcome of an event: the next phase, or a refusal that leaves the call where it was. */
export type CallTransition = { ok: true; phase: CallPhase } | { ok: false; phase: CallPhase; refused: string };

type Rule = (from: CallPhase) => CallPhase | undefined;
const only =
  (to: CallPhase, ...from: CallPhase[]): Rule =>
  (phase) =>
    from.includes(phase) ? to : undefined;
const ANY: readonly CallPhase[] = ['idle', ...ONGOING_PHASES, 'ending', 'saving', 'save-failed', 'finished'];

const RULES: { [K in CallEvent['type']]: (from: CallPhase, event: Extract<CallEvent, { type: K }>) => CallPhase | undefined } = {
  dial: (from, event) => (holdsUnsavedCall(from, event.hasPendingRecord) ? undefined : 'connecting'),
  ring: only('connecting', 'connecting', 'fault', 'interrupted'),
  'pick-up': only('live', 'connecting'),
  'rep-line': only('responding', 'live'),
  'ask-again': only('responding', 'live', 'responding', 'fault', 'interrupted'),
  reply: only('live', 'responding'),
  'carry-on': only('live', 'responding', 'fault', 'interrupted'),
  fault: only('fault', ...ONGOING_PHASES),
  interrupt: only('interrupted', ...ONGOING_PHASES),
  'hang-up': (from, event) => (ONGOING_PHASES.includes(from) || from === 'save-failed' ? (event.repSpoke ? 'ending' : 'idle') : undefined),
  end: only('ending', ...ONGOING_PHASES, 'ending', 'save-failed'),
  scored: only('saving', 'ending', 'saving', 'save-failed', 'finished'),
  'score-failed': only('save-failed', 'ending'),
  'save-failed': only('save-failed', 'saving'),
  saved: only('finished', 'saving'),
  drop: only('idle', ...ANY),
  clear: only('idle', ...ANY),
};

/** The call's state machine: where an event takes a call in `from`, or why it cannot happen there. Pure. */
export function callTransition(from: CallPhase, event: CallEvent): CallTransition {
  const rule = RULES[event.type] as (from: CallPhase, event: CallEvent) => CallPhase | undefined;
  const to = rule(from, event);
  return to === undefined ? { ok: false, phase: from, refused: `A call cannot take "${event.type}" while ${from}.` } : { ok: true, phase: to };
}

/** True when the event is allowed in this phase. */
export function canTransition(from: CallPhase, event: CallEvent): boolean {
  return callTransition(from, event).ok;
}
