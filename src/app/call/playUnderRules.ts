import type { CallPlan } from './callState';
import { useCallStore } from './callStore';
import { navigate } from '../navigation/navigate';

/** Opens the briefing of a scenario with the rules of an assignment, a track step or the editor's "try it". */
export function playUnderRules(plan: CallPlan): void {
  useCallStore.getState().setPlan(plan);
  navigate({ name: 'briefing', scenarioId: plan.scenarioId });
}
