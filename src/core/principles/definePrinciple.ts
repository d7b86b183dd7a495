import type { SourceRef } from './sources';

/** What the results screen says about a principle that applied: what was achieved, or what was missed. */
export interface OutcomeLabels {
  met: string;
  missed: string;
}

/**
 * Everything about one principle except its scoring rule, which its definition file exports beside it
 * (kept apart so screens that only show titles do not load the scoring engine).
 */
export interface PrincipleDefinition<Id extends string = string> {
  /** Stable: scenario files, tests and saved history refer to it. */
  id: Id;
  title: string;
  /** One or two sentences in the project's own words. */
  explanation: string;
  /** Where the principle comes from; the first entry is the one cited in commentary and replay. */
  sources: readonly SourceRef[];
  /** Default weight in the overall score; scenarios may override it. */
  weight: number;
  /** A generic weak line and a better one: the lesson card, and the "try instead" line when a scenario has none. */
  example: { weak: string; better: string };
  /** One habit to take into the next call, for the lesson card. */
  habit: string;
  /** The scenario that practises it best in the new-hire track (used when the app has it and it scores the principle). */
  practiceScenario: string;
  /** The results screen's outcome lines; a voicemail may word them as what the message left behind. */
  outcome: OutcomeLabels & { voicemail?: OutcomeLabels };
}

/** A principle's definition, with its id kept as a literal type so the registry can derive the id union. */
export function definePrinciple<const Id extends string>(definition: PrincipleDefinition<Id>): PrincipleDefinition<Id> {
  return definition;
}
