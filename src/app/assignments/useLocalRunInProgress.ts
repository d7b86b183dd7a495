import { useMemo } from 'react';
import { type Assignment, type RunInProgress, scenarioAttempts } from '../../core/assignments';
import { useHistoryStore } from '../history/historyStore';
import { assignmentScenarioOf } from './assignmentScenarioOf';

/**
 * The series run under way on an assignment's scenario in this browser's history: the run this browser can continue
 * (the calls before the next one are here), known before a team server has counted the last call.
 */
export function useLocalRunInProgress(assignment: Assignment, assignmentId: string, scenarioId: string): RunInProgress | undefined {
  const records = useHistoryStore((s) => s.records);
  return useMemo(() => {
    const scenarioOf = assignmentScenarioOf(assignment);
    if (!scenarioOf(scenarioId)?.series) return undefined;
    const mine = records
      .filter((r) => r.assignmentId === assignmentId)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
      .map((r) => ({ id: r.id, scenarioId: r.scenarioId, startedAt: r.startedAt, overall: r.report.overall, transcript: r.transcript }));
    return scenarioAttempts(scenarioId, mine, scenarioOf).inProgress;
  }, [records, assignment, assignmentId, scenarioId]);
}
