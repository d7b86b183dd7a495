import { RESULTS_LIMITS } from '../core/assignments';
import { scoreTranscript } from '../core/scoring';
import { formatValidationError, fromZodIssues, type ValidationError } from '../core/scenario';
import { transcriptSchema, type Transcript } from '../core';
import { loadScenarioLibrary, SCENARIO_DIR } from '../node/loadScenarioFiles';
import { readLimitedText } from '../node/readLimitedText';
import { defineCommand } from './runCli';

const HELP = `Usage: npm run score -- [--scenarios DIR] FILE...

Scores transcript files (JSON: {"scenarioId", "channel", "turns": [{"speaker", "text"}]})
against the principles and prints one JSON report per line, in the order of the files.
A file that cannot be scored prints {"file": "...", "error": "..."} on its line.
FILE may be - for standard input.

Limits, the app's own for an imported call: a file of at most ${RESULTS_LIMITS.maxBytes / 1_000_000} MB, at most
${RESULTS_LIMITS.maxTurns} turns, each of at most ${RESULTS_LIMITS.maxTurnChars.toLocaleString('en')} characters.

Options:
  --scenarios DIR   where the scenario files are (default: scenarios/)
  -h, --help        show this help
Exit code: 0 when every file was scored, 1 otherwise.`;

/** The limits a results file puts on its calls, with their paths. */
function limitErrors(transcript: Transcript): ValidationError[] {
  const { maxTurns, maxTurnChars } = RESULTS_LIMITS;
  if (transcript.turns.length > maxTurns) return [{ path: 'turns', message: `too many turns: ${transcript.turns.length}, the limit is ${maxTurns}` }];
  return transcript.turns.flatMap((turn, index) =>
    turn.text.length > maxTurnChars
      ? [
          {
            path: `turns.${index}.text`,
            message: `too long: ${turn.text.length.toLocaleString('en')} characters, the limit is ${maxTurnChars.toLocaleString('en')}`,
          },
        ]
      : [],
  );
}

function scoreText(text: string, library: Awaited<ReturnType<typeof loadScenarioLibrary>>): object {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const parsed = transcriptSchema.safeParse(data);
  if (!parsed.success) {
    const problems = fromZodIssues(parsed.error.issues, data).map(formatValidationError);
    throw new Error(`not a transcript: ${problems.join('; ')}`);
  }
  const tooBig = limitErrors(parsed.data as Transcript);
  if (tooBig.length > 0) throw new Error(`over the app's limits: ${tooBig.map(formatValidationError).join('; ')}`);
  const scenario = library.get(parsed.data.scenarioId);
  if (!scenario) throw new Error(`unknown scenario "${parsed.data.scenarioId}"`);
  return scoreTranscript(scenario, parsed.data as Transcript);
}

/** `npm run score`: one JSON report per transcript file. */
export const scoreCommand = defineCommand(HELP, { scenarios: { type: 'string' } }, async ({ values, positionals }, io) => {
  if (positionals.length === 0) {
    io.err(`No FILE given.\n\n${HELP}`);
    return 2;
  }
  const library = await loadScenarioLibrary((values.scenarios as string | undefined) ?? SCENARIO_DIR);
  let failed = false;
  for (const file of positionals) {
    try {
      const read = await readLimitedText(file === '-' ? io.stdin : file, RESULTS_LIMITS.maxBytes);
      if (!read.ok) throw new Error(read.message);
      io.out(JSON.stringify(scoreText(read.text, library)));
    } catch (error) {
      failed = true;
      io.out(JSON.stringify({ file, error: (error as Error).message }));
    }
  }
  return failed ? 1 : 0;
});
