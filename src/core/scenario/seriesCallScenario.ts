import type { Scenario } from './scenarioSchema';

/** The id a call of a series plays under: the series' id and the call's, "lease-series/plates-follow-up". */
export function seriesCallId(seriesId: string, callId: string): string {
  return `${seriesId}/${callId}`;
}

/** The scenario a call was played under: the series' id for a series call ("lease-series/plates-follow-up"), else the id itself. */
export function seriesIdOf(scenarioId: string): string {
  return scenarioId.split('/')[0]!;
}

/**
 * One call of a series as a scenario of its own, before any memory of earlier calls: the scenario's fields with the
 * call's changes on top (each call's changes are relative to the scenario's own fields, not to the call before), and
 * the history notes of every call so far added in order. A scenario without a series is its own only call.
 */
export function seriesCallScenario(scenario: Scenario, index: number): Scenario {
  const calls = scenario.series?.calls ?? [];
  const call = calls[index];
  if (!call) return scenario;
  const { series: _series, ...base } = scenario;
  const upTo = calls.slice(0, index + 1);
  const { history: _bh, ...briefing } = call.briefing ?? {};
  const { history: _ph, ...persona } = call.persona ?? {};
  const principles = call.principles ?? base.principles;
  return {
    ...base,
    id: seriesCallId(scenario.id, call.id),
    // The series' name goes with each call, so History, Home and Results keep the calls of a series together.
    title: `${scenario.series?.title ?? scenario.title} · ${call.title}`,
    summary: call.summary ?? base.summary,
    channel: call.channel ?? base.channel,
    briefing: { ...base.briefing, ...briefing, history: [...base.briefing.history, ...upTo.flatMap((c) => c.briefing?.history ?? [])] },
    persona: { ...base.persona, ...persona, history: [...(base.persona.history ?? []), ...upTo.flatMap((c) => c.persona?.history ?? [])] },
    dialogue: { ...base.dialogue, ...call.dialogue },
    facts: { ...base.facts, ...call.facts },
    principles,
    // A better line is kept only for a principle this call scores.
    betterLines: Object.fromEntries(Object.entries({ ...base.betterLines, ...call.betterLines }).filter(([id]) => id in principles)),
    ...(base.midCallBetterLines || call.midCallBetterLines
      ? {
          midCallBetterLines: Object.fromEntries(Object.entries({ ...base.midCallBetterLines, ...call.midCallBetterLines }).filter(([id]) => id in principles)),
        }
      : {}),
    guided: call.guided ?? base.guided,
  };
}
