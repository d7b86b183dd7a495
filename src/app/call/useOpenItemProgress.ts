import { useMemo } from 'react';
import type { Scenario } from '../../core/scenario';
import { openItemProgress, type OpenItemProgress } from '../../core/scoring';
import type { Turn } from '../../core';

/** The briefing's open items ticked off by the call so far; recomputed only when a turn is added (not while a reply streams). */
export function useOpenItemProgress(scenario: Scenario, turns: readonly Turn[]): OpenItemProgress[] {
  return useMemo(() => openItemProgress(scenario, turns), [scenario, turns]);
}
