import type { Assignment, ScenarioLookup } from '../../core/assignments';
import { scenarioById } from '../scenarios/scenarioCatalog';

/** The scenario that plays here for an id of the assignment: this browser's first, else the one the assignment carries. */
export function assignmentScenarioOf(assignment: Assignment): ScenarioLookup {
  return (id) => scenarioById(id) ?? assignment.customScenarios.find((s) => s.id === id);
}
