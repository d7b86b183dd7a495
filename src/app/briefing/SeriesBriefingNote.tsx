import { useSeriesPosition } from '../series/useSeriesPosition';

/** Where a series call sits: call 2 of 3, its day, how long after the last call, and that its notes come from that call. */
export function SeriesBriefingNote({ callId }: { callId: string }) {
  const position = useSeriesPosition(callId);
  if (!position) return null;
  const { call, index, total } = position;
  const after = call.daysLater === undefined ? '' : ` · ${call.daysLater} day${call.daysLater === 1 ? '' : 's'} after the last call`;
  return (
    <p className="series-note" data-testid="series-position">
      <strong>
        Call {index + 1} of {total} in a series
      </strong>{' '}
      · {call.day}
      {after}
      {index > 0 ? '. The notes below were written from your last call.' : '.'}
    </p>
  );
}
