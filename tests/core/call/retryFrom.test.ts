import { describe, expect, it } from 'vitest';
import { continueFrom } from '../../../src/core/call/continueFrom';
import { retryFrom, type RetryPoint } from '../../../src/core/call/retryFrom';
import { createScriptedPersona } from '../../../src/core/persona/createScriptedPersona';
import { playLines } from '../../../src/core/persona/playLines';
import { scriptedGreeting, scriptedReply } from '../../../src/core/persona/scriptedReply';
import type { Transcript } from '../../../src/core/transcript';
import { linesFor, loadScenario, SCENARIO_IDS } from '../persona/personaFixtures';

const lease = loadScenario('lease-follow-up');
const wendy = loadScenario('busy-executive');

async function played(id: string, lines: readonly string[], seed: number): Promise<Transcript> {
  const scenario = loadScenario(id);
  const options = { seed, difficulty: scenario.difficulty };
  return (await playLines(scenario, createScriptedPersona(scenario, options), lines, options)).transcript;
}

function pointOf(result: ReturnType<typeof retryFrom>): RetryPoint {
  if (!result.ok) throw new Error(result.problem);
  return result.point;
}

const repIndexes = (transcript: Transcript) => transcript.turns.flatMap((turn, index) => (turn.speaker === 'rep' ? [index] : []));

describe('retry from here', () => {
  it('takes a call back to a rep line with what was said before it and the customer’s mood then', async () => {
    const call = await played('busy-executive', linesFor('busy-executive').bad, 11);
    const [first, second] = repIndexes(call);
    const atFirst = pointOf(retryFrom(wendy, call, first!));
    expect(atFirst.turns).toEqual(call.turns.slice(0, first));
    expect(atFirst.mood).toEqual(scriptedGreeting(wendy, { seed: 11, difficulty: wendy.difficulty }).mood);
    const atSecond = pointOf(retryFrom(wendy, call, second!));
    expect(atSecond.mood).toEqual(scriptedReply(wendy, { seed: 11, difficulty: wendy.difficulty }, call.turns.slice(0, second! - 1)).mood);
    expect(atSecond.mood!.patience).toBeLessThan(atFirst.mood!.patience);
  });

  it('gives the same continuation for the same seed and the same lines, every time', async () => {
    const call = await played('lease-follow-up', linesFor('lease-follow-up').bad, 5);
    const point = pointOf(retryFrom(lease, call, repIndexes(call)[1]!));
    const better = linesFor('lease-follow-up').good.slice(1);
    const once = continueFrom(lease, point, better);
    expect(continueFrom(lease, structuredClone(point), better)).toEqual(once);
    expect(once.turns.length).toBeGreaterThan(point.turns.length);
  });

  it('replays the original call exactly when the same lines are said again from any rep line, in every scenario', async () => {
    for (const id of SCENARIO_IDS) {
      const scenario = loadScenario(id);
      for (const which of ['good', 'bad'] as const) {
        const call = await played(id, linesFor(id)[which], 7);
        const repLines = call.turns.filter((turn) => turn.speaker === 'rep').map((turn) => turn.text);
        repIndexes(call).forEach((index, n) => {
          const branch = continueFrom(scenario, pointOf(retryFrom(scenario, call, index)), repLines.slice(n));
          expect(branch, `${id} ${which} from line ${index + 1}`).toEqual(call);
        });
      }
    }
  });

  it('continues as a call played from the start with the earlier lines and the new ones', async () => {
    const good = linesFor('busy-executive').good;
    const bad = linesFor('busy-executive').bad;
    const call = await played('busy-executive', bad, 3);
    const branch = continueFrom(wendy, pointOf(retryFrom(wendy, call, repIndexes(call)[1]!)), good.slice(1));
    expect(branch).toEqual(await played('busy-executive', [bad[0]!, ...good.slice(1)], 3));
  });

  it('differs with another seed, so the seed is part of the state', async () => {
    const call = await played('lease-follow-up', linesFor('lease-follow-up').good, 7);
    const index = repIndexes(call)[0]!;
    const lines = linesFor('lease-follow-up').good;
    const seeds = [1, 2, 3, 4, 5, 6].map((seed) => JSON.stringify(continueFrom(lease, pointOf(retryFrom(lease, call, index, seed)), lines).turns.slice(index)));
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('refuses a customer line, a line that is not there, another scenario and a call without a seed, saying why', async () => {
    const call = await played('lease-follow-up', linesFor('lease-follow-up').good, 7);
    expect(retryFrom(lease, call, 0)).toEqual({ ok: false, problem: "Line 1 is the customer's; a retry starts from one of your lines." });
    expect(retryFrom(lease, call, 99)).toEqual({ ok: false, problem: 'The call has no line 100.' });
    expect(retryFrom(lease, call, 1.5).ok).toBe(false);
    expect(retryFrom(wendy, call, 1)).toMatchObject({ ok: false, problem: expect.stringMatching(/lease-follow-up/) });
    const { seed: _seed, ...unseeded } = call;
    expect(retryFrom(lease, unseeded, 1)).toMatchObject({ ok: false, problem: expect.stringMatching(/no seed/) });
  });
});
