import { describeRepTurn, type RepTurnDetail } from '../language/classifyRepTurn';
import type { RepMoves } from '../language/moves';
import type { ValueReading } from '../scoring/rules/bringValue';
import type { Scenario } from '../scenario/scenarioSchema';

/**
 * RepMoves plus what decides the value a turn brings, read by the scorer's own rule (including whether it names the scenario's
 * next-step topic, which a proposal needs to be accepted), and whether its time is one the customer can hold the rep to
 * ("Thursday by 5", not "this week"), as the scorer reads it.
 */
export type HeardMoves = RepMoves &
  ValueReading &
  Pick<
    RepTurnDetail,
    | 'specificTime'
    | 'stepTimed'
    | 'dismisses'
    | 'pressure'
    | 'presses'
    | 'upsell'
    | 'promisesBrevity'
    | 'announcesOnly'
    | 'resolvesNow'
    | 'callbackOnly'
    | 'channels'
    | 'estimatesWhen'
  >;

const MAX_CACHED_PER_SCENARIO = 500;
const cache = new WeakMap<Scenario, Map<string, HeardMoves>>();

/**
 * The language module's classification, remembered per scenario object and text: replaying a transcript re-reads earlier turns on every reply,
 * and this keeps each reply to one fresh classification. Results are identical with or without the cache.
 */
export function classifyCached(text: string, scenario: Scenario): HeardMoves {
  let byText = cache.get(scenario);
  if (!byText) {
    byText = new Map();
    cache.set(scenario, byText);
  }
  const known = byText.get(text);
  if (known) return known;
  const { filler: _filler, genericValue: _value, ...moves } = describeRepTurn(text, scenario);
  if (byText.size >= MAX_CACHED_PER_SCENARIO) byText.delete(byText.keys().next().value as string);
  byText.set(text, moves);
  return moves;
}
