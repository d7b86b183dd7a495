import { buildResultsFile, resultsFileText, type Assignment } from '../../core/assignments';
import { useClock } from '../clock/useClock';
import { useHistoryStore } from '../history/historyStore';
import { useAssignmentsStore } from './assignmentsStore';
import { downloadText } from '../shared/downloadText';
import { fileNameFor } from '../shared/fileIO';

/** Downloads the trainee's results for one assignment: their name, the assignment, every attempt with transcript and report. */
export function ExportResultsButton({ assignment, onMessage }: { assignment: Assignment; onMessage(message: string, tone: 'ok' | 'error'): void }) {
  const clock = useClock();
  const attempts = useHistoryStore((s) => s.records.filter((r) => r.assignmentId === assignment.id).length);
  function exportResults() {
    const name = useAssignmentsStore.getState().traineeName.trim();
    if (!name) {
      onMessage('Write your name above first: your manager needs it to see whose results these are.', 'error');
      document.getElementById('trainee-name')?.focus();
      return;
    }
    const file = buildResultsFile(assignment, name, useHistoryStore.getState().records, new Date(clock.now()).toISOString());
    downloadText(fileNameFor(`${assignment.title} ${name}`, '.results.json'), resultsFileText(file));
    onMessage(
      `Saved your results for “${assignment.title}” (${file.attempts.length} call${file.attempts.length === 1 ? '' : 's'}). Send the file to your manager.`,
      'ok',
    );
  }
  return (
    <button
      type="button"
      className="button"
      onClick={exportResults}
      disabled={attempts === 0}
      title={attempts === 0 ? 'Play at least one call first' : undefined}
    >
      Export results
    </button>
  );
}
