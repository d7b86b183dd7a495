import { useMemo } from 'react';
import { useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { seriesPosition, type SeriesPosition } from './seriesPosition';

/** Where a call id sits in its series, from the catalog (narrow selectors; the position is worked out once per change). */
export function useSeriesPosition(callId: string): SeriesPosition | undefined {
  const builtIn = useScenarioCatalog((s) => s.builtIn);
  const custom = useScenarioCatalog((s) => s.custom);
  return useMemo(() => seriesPosition([...builtIn, ...custom], callId), [builtIn, custom, callId]);
}
