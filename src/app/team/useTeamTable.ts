import { useMemo } from 'react';
import { buildTeamTable, type TeamAssignment } from '../../core/assignments';
import { useAssignmentsStore } from '../assignments/assignmentsStore';
import { useClock } from '../clock/useClock';
import { scenarioById } from '../scenarios/scenarioCatalog';
import { useTeamStore } from './useTeamStore';

/** The dashboard table: only assignments with imported results, plus the manager's own copies of them. */
export function useTeamTable(): TeamAssignment[] {
  const imports = useTeamStore((s) => s.imports);
  const created = useAssignmentsStore((s) => s.created);
  const clock = useClock();
  return useMemo(() => {
    const ids = new Set(imports.map((i) => i.results.assignment.id));
    return buildTeamTable({
      results: imports.map((i) => i.results),
      ownAssignments: created.filter((a) => ids.has(a.id)),
      titleOf: (id) => scenarioById(id)?.title,
      difficultyOf: (id) => scenarioById(id)?.difficulty,
      scenarioOf: scenarioById,
      // The table is as of when the results or assignments last changed.
      now: clock.now(),
    });
  }, [imports, created, clock]);
}
