import type { CallPlan } from './callState';
import { useCallStore } from './callStore';
import { navigate } from '../navigation/navigate';
import { useScenarioCatalog } from '../scenarios/scenarioCatalog';

/** A series opens at the call the trainee left off at (call 1 when none was played, or the series was finished). */
function callToPlay(scenarioId: string): string {
  const { scenarios, seriesProgress } = useScenarioCatalog.getState();
  const calls = scenarios.find((s) => s.id === scenarioId)?.series?.calls;
  const call = calls?.[seriesProgress[scenarioId]?.next ?? 0];
  return call ? `${scenarioId}/${call.id}` : scenarioId;
}

/** Opens the briefing of a scenario with the rules of an assignment, a track step or the editor's "try it". */
export function playUnderRules(plan: CallPlan): void {
  const scenarioId = callToPlay(plan.scenarioId);
  useCallStore.getState().setPlan({ ...plan, scenarioId });
  navigate({ name: 'briefing', scenarioId });
}
