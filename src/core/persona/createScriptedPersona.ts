import type { Scenario } from '../scenario/scenarioSchema';
import type { Turn } from '../transcript';
import type { Persona, PersonaTurn, RespondOptions } from './Persona';
import { scriptedGreeting, scriptedReply, type ScriptedOptions } from './scriptedReply';

function abortedError(): Error {
  const error = new Error('The reply was cancelled.');
  error.name = 'AbortError';
  return error;
}

/** Calls onText once with the full text; a listener that throws must not break the call. */
function deliver(turn: PersonaTurn, options?: RespondOptions): PersonaTurn {
  if (options?.signal?.aborted) throw abortedError();
  try {
    options?.onText?.(turn.text);
  } catch {
    // The reply stands even if a display callback fails.
  }
  return turn;
}

/** A scripted customer behind the Persona interface: a thin wrapper over scriptedReply. */
export function createScriptedPersona(scenario: Scenario, options: ScriptedOptions): Persona {
  return {
    kind: 'scripted',
    async open(respondOptions?: RespondOptions) {
      return deliver(scriptedGreeting(scenario, options), respondOptions);
    },
    async respond(turns: readonly Turn[], respondOptions?: RespondOptions) {
      return deliver(scriptedReply(scenario, options, turns), respondOptions);
    },
  };
}
