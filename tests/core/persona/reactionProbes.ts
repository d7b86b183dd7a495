import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldCall } from '../../../src/core/persona/foldCall';
import { scriptedReply } from '../../../src/core/persona/scriptedReply';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import type { Turn } from '../../../src/core/transcript';

/** How the customer's stance moved after one rep line. */
export type Stance = 'warmer' | 'neutral' | 'cooler' | 'hangs-up';
/** What the customer did with a proposal in that line. */
export type ProposalAnswer = 'accepts' | 'declines' | 'none';

interface ProbeStep {
  rep: string;
  expect: Stance;
  proposal: ProposalAnswer;
}

interface Probe {
  scenarioId: string;
  note: string;
  steps: ProbeStep[];
}

/** A step where the scripted customer did not react as the probe's author expected. */
export interface ProbeMiss {
  key: string;
}

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'probes');

// Trust moves twice as much as patience per point of feeling; a change under one point is no change.
function stanceOf(trust: number, patience: number, hungUp: boolean): Stance {
  if (hungUp) return 'hangs-up';
  const moved = trust + patience / 2;
  return moved > 1 ? 'warmer' : moved < -1 ? 'cooler' : 'neutral';
}

const DECLINING = new Set(['notNow', 'firmNo', 'nextStepVague', 'stepUnconvinced', 'wrongChannel']);

/** Plays every probe of a set (dev or heldout) against the scripted customer and lists the steps it got wrong. */
export function runProbes(scenarios: readonly Scenario[], set: 'dev' | 'heldout'): { steps: number; misses: string[] } {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  const misses: string[] = [];
  let steps = 0;
  for (const file of readdirSync(join(root, set))
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const probes = JSON.parse(readFileSync(join(root, set, file), 'utf8')) as Probe[];
    probes.forEach((probe, p) => {
      const scenario = byId.get(probe.scenarioId);
      if (!scenario) throw new Error(`${set}/${file}: unknown scenario ${probe.scenarioId}`);
      const options = { seed: 1, difficulty: scenario.difficulty };
      const turns: Turn[] = [{ speaker: 'customer', text: scriptedReply(scenario, options, []).text }];
      let before = foldCall(scenario, scenario.difficulty, turns).state;
      for (const [s, step] of probe.steps.entries()) {
        steps++;
        turns.push({ speaker: 'rep', text: step.rep });
        const reply = scriptedReply(scenario, options, turns);
        if (reply.text) turns.push({ speaker: 'customer', text: reply.text });
        const folded = foldCall(scenario, scenario.difficulty, turns);
        const after = folded.state;
        const hungUp = reply.end === 'hung-up';
        const stance = stanceOf(after.trust - before.trust, after.patience - before.patience, hungUp);
        const declined = (folded.lastPlan?.parts ?? []).some((part) => part.kind === 'dialogue' && DECLINING.has(part.key));
        const answer: ProposalAnswer = after.nextStepAgreed && !before.nextStepAgreed ? 'accepts' : declined || hungUp ? 'declines' : 'none';
        // Hanging up is the coolest a customer gets; "none" means the author did not judge the proposal.
        const stanceOk = stance === step.expect || (step.expect === 'cooler' && stance === 'hangs-up');
        const answerOk = step.proposal === 'none' || answer === step.proposal;
        if (!stanceOk || !answerOk) misses.push(`${file}#${p + 1}.${s + 1}: expected ${step.expect}/${step.proposal}, got ${stance}/${answer}`);
        before = after;
        // Once the customer has ended the call (pleased or not), the lines the author wrote after it are not judged.
        if (reply.end) break;
      }
    });
  }
  return { steps, misses };
}
