import { randomFor, shuffle } from '../random';
import type { GuidedStage, Scenario } from '../scenario/scenarioSchema';
import type { Turn } from '../transcript';
import { availableStage, inferStage } from './inferStage';

/** A line offered in guided mode; the UI reveals its quality after the pick. */
export interface CandidateLine {
  text: string;
  quality: 'strong' | 'weak' | 'poor';
  /** The stage the line was written for. */
  stage: GuidedStage;
}

/**
 * Three candidate rep lines of different quality for the call's current stage, in a seeded order.
 * Reads only the scenario and the turns, so it works for scripted and model-played customers; empty when the
 * scenario has no guided lines.
 */
export function suggestLines(scenario: Scenario, turns: readonly Turn[], seed: number): CandidateLine[] {
  const stage = availableStage(scenario, inferStage(scenario, turns));
  const entry = scenario.guided.find((item) => item.stage === stage);
  if (!entry || !stage) return [];
  const count = Array.isArray(turns) ? turns.length : 0;
  const lines = entry.lines.map((line) => ({ text: line.text, quality: line.quality, stage }));
  return shuffle(randomFor(seed, scenario.id, 'guided', stage, count), lines);
}
