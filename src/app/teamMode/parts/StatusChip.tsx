import type { TeamStatus } from '../teamApiTypes';

const LABEL: Record<TeamStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  passed: 'Passed',
  failed: 'Failed',
  overdue: 'Overdue',
};
const CLASS: Record<TeamStatus, string> = {
  'not-started': 'chip',
  'in-progress': 'chip tm-chip-progress',
  passed: 'chip chip-easy',
  failed: 'chip chip-hard',
  overdue: 'chip chip-medium',
};

/** A trainee's or an assignment's status as a coloured chip. */
export function StatusChip({ status }: { status: TeamStatus }) {
  return (
    <span className={CLASS[status]} data-status={status}>
      {LABEL[status]}
    </span>
  );
}
