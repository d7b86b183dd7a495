import { useEffect } from 'react';
import type { Scenario } from '../../core/scenario';

/** Loads the scripted customer and prepares the scenario while the trainee reads the briefing, so the first reply is instant. */
export function usePreparedScenario(scenario: Scenario | undefined): void {
  useEffect(() => {
    if (!scenario) return;
    let cancelled = false;
    // After the briefing has painted: the work is a few milliseconds, but reading comes first.
    const timer = setTimeout(() => {
      void import('../../core/persona').then(({ prepareScenario }) => {
        if (!cancelled) prepareScenario(scenario);
      });
    }, 50);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [scenario]);
}
