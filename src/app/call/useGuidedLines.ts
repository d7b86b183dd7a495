import { useMemo } from 'react';
import { suggestLines, type CandidateLine } from '../../core/persona';
import type { Scenario } from '../../core/scenario';
import type { Turn } from '../../core';

/** The three candidate lines for the call so far (they change only when a turn is added). */
export function useGuidedLines(scenario: Scenario, turns: readonly Turn[], seed: number, enabled: boolean): CandidateLine[] {
  return useMemo(() => {
    if (!enabled) return [];
    try {
      return suggestLines(scenario, turns, seed);
    } catch (error) {
      console.warn('No guided lines for this turn', error);
      return [];
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- turns only ever grow, so their count identifies the moment in the call
  }, [scenario, turns.length, seed, enabled]);
}
