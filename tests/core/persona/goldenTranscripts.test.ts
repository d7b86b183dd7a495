import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScriptedPersona } from '../../../src/core/persona/createScriptedPersona';
import { playLines } from '../../../src/core/persona/playLines';
import type { Difficulty } from '../../../src/core/scenario/scenarioSchema';
import type { EndReason, Turn } from '../../../src/core/transcript';
import { linesFor, loadScenario, PERSONA_FIXTURES, SCENARIO_IDS } from './personaFixtures';

// Golden transcripts: tests/fixtures/persona/<scenario>-<good|bad>.json hold the rep lines and the transcript they must produce.
// After an intended change to the persona or the scenario files, rewrite them with
//   UPDATE_GOLDEN=1 npx vitest run tests/core/persona/goldenTranscripts.test.ts
// and review the diff before committing.

interface Golden {
  scenarioId: string;
  seed: number;
  difficulty: Difficulty;
  lines: string[];
  endReason: EndReason;
  turns: Turn[];
}

const SEED = 7;
const update = process.env.UPDATE_GOLDEN === '1';

describe('golden persona transcripts', () => {
  it.each(SCENARIO_IDS.flatMap((id) => (['good', 'bad'] as const).map((which) => [id, which] as const)))(
    'replays %s (%s) exactly as recorded',
    async (id, which) => {
      const scenario = loadScenario(id);
      const file = new URL(`${id}-${which}.json`, PERSONA_FIXTURES);
      const stored: Golden | undefined = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
      if (!stored && !update) throw new Error(`missing ${file.pathname}: record it with UPDATE_GOLDEN=1`);
      const lines = update || !stored ? linesFor(id)[which] : stored.lines;
      const difficulty = stored?.difficulty ?? scenario.difficulty;
      const { transcript } = await playLines(scenario, createScriptedPersona(scenario, { seed: SEED, difficulty }), lines, { seed: SEED, difficulty });
      const actual: Golden = { scenarioId: id, seed: SEED, difficulty, lines, endReason: transcript.endReason ?? 'rep-ended', turns: transcript.turns };
      if (update) {
        mkdirSync(PERSONA_FIXTURES, { recursive: true });
        writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
        return;
      }
      expect(actual).toEqual(stored);
    },
  );
});
