import { readFile } from 'node:fs/promises';
import { createScriptedPersona } from '../core/persona/createScriptedPersona';
import type { Persona } from '../core/persona/Persona';
import { playLines } from '../core/persona/playLines';
import type { Difficulty, Scenario } from '../core/scenario/scenarioSchema';
import { scoreTranscript } from '../core/scoring/scoreTranscript';
import { loadScenarioLibrary, SCENARIO_DIR } from '../node/loadScenarioFiles';
import { readStdin, runCli } from './runCli';

const HELP = `Usage: npm run play -- --scenario ID [--seed N] [--difficulty easy|medium|hard] [--llm] [--json] [FILE]

Plays the rep lines in FILE (or standard input), one per line, against the scenario's
customer, then prints the transcript and the score report.

Options:
  --scenario ID     scenario to play (see scenarios/)
  --seed N          seed for the customer's choices (default 1): same seed and lines, same call
  --difficulty D    easy, medium or hard (default: the scenario's own)
  --llm             let a language model play the customer; reads OPENAI_API_KEY,
                    OPENAI_BASE_URL and OPENAI_MODEL from the environment
  --json            print {"transcript", "report"} as one JSON object instead of text
  --scenarios DIR   where the scenario files are (default: scenarios/)
  -h, --help        show this help`;

const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

async function personaFor(scenario: Scenario, seed: number, difficulty: Difficulty, llm: boolean): Promise<Persona> {
  if (!llm) return createScriptedPersona(scenario, { seed, difficulty });
  const { createLlmPersonaFromEnv } = await import('../llm/createLlmPersonaFromEnv');
  return createLlmPersonaFromEnv(scenario, { seed, difficulty });
}

runCli(
  HELP,
  {
    scenario: { type: 'string' },
    seed: { type: 'string' },
    difficulty: { type: 'string' },
    llm: { type: 'boolean' },
    json: { type: 'boolean' },
    scenarios: { type: 'string' },
  },
  async ({ values, positionals }) => {
    const id = values.scenario as string | undefined;
    if (!id) {
      console.error(`--scenario is required.\n\n${HELP}`);
      return 2;
    }
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(seed)) {
      console.error(`--seed must be a whole number, got "${String(values.seed)}"`);
      return 2;
    }
    const difficultyArg = values.difficulty as string | undefined;
    if (difficultyArg !== undefined && !DIFFICULTIES.includes(difficultyArg as Difficulty)) {
      console.error(`--difficulty must be easy, medium or hard, got "${difficultyArg}"`);
      return 2;
    }
    const library = await loadScenarioLibrary((values.scenarios as string | undefined) ?? SCENARIO_DIR);
    const scenario = library.get(id);
    if (!scenario) {
      console.error(`Unknown scenario "${id}". Known: ${[...library.keys()].join(', ')}`);
      return 1;
    }
    const difficulty = (difficultyArg as Difficulty | undefined) ?? scenario.difficulty;
    const file = positionals[0];
    const text = file && file !== '-' ? await readFile(file, 'utf8') : await readStdin();
    const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
    const persona = await personaFor(scenario, seed, difficulty, Boolean(values.llm));
    const { transcript, unsaid } = await playLines(scenario, persona, lines, { seed, difficulty });
    const report = scoreTranscript(scenario, transcript);
    if (values.json) {
      console.log(JSON.stringify({ transcript, report }));
      return 0;
    }
    const customer = scenario.persona.name;
    for (const turn of transcript.turns) console.log(`${turn.speaker === 'rep' ? 'You' : customer}: ${turn.text}`);
    console.log(`\n[call ended: ${transcript.endReason ?? 'rep-ended'}]${unsaid > 0 ? ` (${unsaid} line${unsaid === 1 ? '' : 's'} not said)` : ''}\n`);
    console.log(JSON.stringify(report, null, 2));
    return 0;
  },
);
