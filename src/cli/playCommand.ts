import { RESULTS_LIMITS } from '../core/assignments';
import { createScriptedPersona, type Persona, playLines } from '../core/persona';
import type { Difficulty, Scenario } from '../core/scenario';
import { scoreTranscript } from '../core/scoring';
import type { Transcript, Turn } from '../core';
import { loadScenarioLibrary, SCENARIO_DIR } from '../node/loadScenarioFiles';
import { readLimitedText } from '../node/readLimitedText';
import { type CliIo, defineCommand } from './runCli';

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
  -h, --help        show this help

FILE is UTF-8 (or UTF-16) text of at most ${RESULTS_LIMITS.maxBytes / 1_000_000} MB, the app's limit for a call file;
a line longer than the app allows is cut as a typed line is.
If the model fails mid-call, the call so far is printed, then the error (exit code 1).`;

const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;

async function personaFor(scenario: Scenario, seed: number, difficulty: Difficulty, llm: boolean, env: CliIo['env']): Promise<Persona> {
  if (!llm) return createScriptedPersona(scenario, { seed, difficulty });
  const { createLlmPersonaFromEnv } = await import('../llm/createLlmPersonaFromEnv');
  return createLlmPersonaFromEnv(scenario, { seed, difficulty }, { env });
}

function printTurns(io: CliIo, turns: readonly Turn[], customer: string): void {
  for (const turn of turns) io.out(`${turn.speaker === 'rep' ? 'You' : customer}: ${turn.text}${turn.partial ? ' [cut off mid-reply]' : ''}`);
}

/** `npm run play`: rep lines from a file against a scripted or model-played customer. */
export const playCommand = defineCommand(
  HELP,
  {
    scenario: { type: 'string' },
    seed: { type: 'string' },
    difficulty: { type: 'string' },
    llm: { type: 'boolean' },
    json: { type: 'boolean' },
    scenarios: { type: 'string' },
  },
  async ({ values, positionals }, io) => {
    const id = values.scenario as string | undefined;
    if (!id) {
      io.err(`--scenario is required.\n\n${HELP}`);
      return 2;
    }
    const seed = values.seed === undefined ? 1 : Number(values.seed);
    if (!Number.isInteger(seed)) {
      io.err(`--seed must be a whole number, got "${String(values.seed)}"`);
      return 2;
    }
    const difficultyArg = values.difficulty as string | undefined;
    if (difficultyArg !== undefined && !DIFFICULTIES.includes(difficultyArg as Difficulty)) {
      io.err(`--difficulty must be easy, medium or hard, got "${difficultyArg}"`);
      return 2;
    }
    const library = await loadScenarioLibrary((values.scenarios as string | undefined) ?? SCENARIO_DIR);
    const scenario = library.get(id);
    if (!scenario) {
      io.err(`Unknown scenario "${id}". Known: ${[...library.keys()].join(', ')}`);
      return 1;
    }
    const difficulty = (difficultyArg as Difficulty | undefined) ?? scenario.difficulty;
    const file = positionals[0];
    const read = await readLimitedText(file && file !== '-' ? file : io.stdin, RESULTS_LIMITS.maxBytes);
    if (!read.ok) {
      io.err(`${file && file !== '-' ? file : 'Standard input'}: ${read.message}`);
      return 1;
    }
    const lines = read.text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const persona = await personaFor(scenario, seed, difficulty, Boolean(values.llm), io.env);
    const customer = scenario.persona.name;
    const said: Turn[] = [];
    let played;
    try {
      played = await playLines(scenario, persona, lines, { seed, difficulty, onTurn: (turn) => said.push(turn) });
    } catch (error) {
      // What was said stays on record, the reply cut off mid-way too, before the error is told.
      const partialText = (error as { partialText?: unknown }).partialText;
      const turns: Turn[] = typeof partialText === 'string' && partialText ? [...said, { speaker: 'customer', text: partialText, partial: true }] : said;
      const message = error instanceof Error ? error.message : String(error);
      if (values.json) {
        const transcript: Transcript = { scenarioId: scenario.id, channel: scenario.channel, turns, seed, difficulty };
        io.out(JSON.stringify({ transcript, error: message }));
      } else {
        printTurns(io, turns, customer);
        io.out('\n[call broke off]\n');
      }
      io.err(message);
      return 1;
    }
    const { transcript, unsaid } = played;
    const report = scoreTranscript(scenario, transcript);
    if (values.json) {
      io.out(JSON.stringify({ transcript, report }));
      return 0;
    }
    printTurns(io, transcript.turns, customer);
    io.out(`\n[call ended: ${transcript.endReason ?? 'rep-ended'}]${unsaid > 0 ? ` (${unsaid} line${unsaid === 1 ? '' : 's'} not said)` : ''}\n`);
    io.out(JSON.stringify(report, null, 2));
    return 0;
  },
);
