import { randomFor, shuffle } from '../random';
import type { GuidedStage, Scenario } from '../scenario/scenarioSchema';
import type { Turn } from '../transcript';
import { inferStage, openTopics, stagesToTry } from './inferStage';
import { onTheLine } from '../call/onTheLine';

/** A line offered in guided mode; the UI reveals its quality after the pick. */
export interface CandidateLine {
  text: string;
  quality: 'strong' | 'weak' | 'poor';
  /** The stage the line was written for. */
  stage: GuidedStage;
}

const QUALITIES = ['strong', 'weak', 'poor'] as const;

/** Letters and digits only, so a line counts as said whatever its punctuation. */
function sameLine(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The blocks of lines for a stage that fit what is open now: those about an open problem first, then the general ones; a block
 * about a problem that is not open (not raised yet, or owned already) is left out.
 */
function blocksFor(scenario: Scenario, open: readonly string[]): (stage: GuidedStage) => Scenario['guided'] {
  return (stage) => {
    const entries = scenario.guided.filter((entry) => entry.stage === stage);
    return [...entries.filter((entry) => entry.about !== undefined && open.includes(entry.about)), ...entries.filter((entry) => entry.about === undefined)];
  };
}

/**
 * Up to three candidate rep lines of different quality for the call's current stage, in a seeded order.
 * A line the rep has already said is never offered again: the same quality from the nearest other stage takes its place, and a
 * quality whose lines have all been said is left out.
 * Reads only the scenario and the turns, so it works for scripted and model-played customers; empty when the
 * scenario has no guided lines.
 */
export function suggestLines(scenario: Scenario, turns: readonly Turn[], seed: number): CandidateLine[] {
  const list = Array.isArray(turns) ? turns : [];
  const said = new Set(list.filter((turn) => turn?.speaker === 'rep' && typeof turn.text === 'string').map((turn) => sameLine(turn.text)));
  // The assistant has the line: her own three lines, those not said yet.
  const assistant = scenario.gatekeeper?.guided;
  if (assistant && onTheLine(scenario, list) === 'gatekeeper') {
    const fresh = assistant
      .filter((line) => !said.has(sameLine(line.text)))
      .map((line) => ({ text: line.text, quality: line.quality, stage: 'close' as const }));
    if (fresh.length > 0) return shuffle(randomFor(seed, scenario.id, 'guided', 'gatekeeper', list.length), fresh);
  }
  const stages = stagesToTry(scenario, inferStage(scenario, list), said.size > 0 || list.some((turn) => turn?.speaker === 'rep'));
  const stage = stages[0];
  if (!stage) return [];
  const lines: CandidateLine[] = [];
  const open = openTopics(scenario, list);
  const blocks = blocksFor(scenario, open);
  // A problem still open whose strong lines were all said before it was raised: the scenario's own better line answers it.
  const owner = scenario.betterLines['own-the-issue'];
  const strongOwners = blocks('issue').flatMap((entry) => entry.lines.filter((line) => line.quality === 'strong'));
  const reOwn =
    open.length > 0 && owner && !said.has(sameLine(owner)) && strongOwners.length > 0 && strongOwners.every((line) => said.has(sameLine(line.text)));
  for (const quality of QUALITIES) {
    const options = stages.flatMap((candidate) =>
      blocks(candidate).flatMap((entry) => entry.lines.filter((line) => line.quality === quality).map((line) => ({ ...line, stage: candidate }))),
    );
    if (quality === 'strong' && reOwn) options.unshift({ text: owner, quality, stage: 'issue' });
    const line = options.find((option) => !said.has(sameLine(option.text)));
    if (line) lines.push({ text: line.text, quality, stage: line.stage });
  }
  // Every line of every quality said already (a long call): offer the stage's own lines again rather than nothing.
  const offered = lines.length > 0 ? lines : (blocks(stage)[0]?.lines ?? []).map((line) => ({ text: line.text, quality: line.quality, stage }));
  return shuffle(randomFor(seed, scenario.id, 'guided', stage, list.length), offered);
}
