import { readFile } from 'node:fs/promises';
import { scoreTranscript } from '../core/scoring/scoreTranscript';
import { formatValidationError, fromZodIssues } from '../core/scenario/validationError';
import { transcriptSchema, type Transcript } from '../core/transcript';
import { loadScenarioLibrary, SCENARIO_DIR } from '../node/loadScenarioFiles';
import { readStdin, runCli } from './runCli';

const HELP = `Usage: npm run score -- [--scenarios DIR] FILE...

Scores transcript files (JSON: {"scenarioId", "channel", "turns": [{"speaker", "text"}]})
against the principles and prints one JSON report per line, in the order of the files.
A file that cannot be scored prints {"file": "...", "error": "..."} on its line.
FILE may be - for standard input.

Options:
  --scenarios DIR   where the scenario files are (default: scenarios/)
  -h, --help        show this help
Exit code: 0 when every file was scored, 1 otherwise.`;

function scoreText(text: string, library: Awaited<ReturnType<typeof loadScenarioLibrary>>): object {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  const parsed = transcriptSchema.safeParse(data);
  if (!parsed.success) {
    const problems = fromZodIssues(parsed.error.issues, data).map(formatValidationError);
    throw new Error(`not a transcript: ${problems.join('; ')}`);
  }
  const scenario = library.get(parsed.data.scenarioId);
  if (!scenario) throw new Error(`unknown scenario "${parsed.data.scenarioId}"`);
  return scoreTranscript(scenario, parsed.data as Transcript);
}

runCli(HELP, { scenarios: { type: 'string' } }, async ({ values, positionals }) => {
  if (positionals.length === 0) {
    console.error(`No FILE given.\n\n${HELP}`);
    return 2;
  }
  const library = await loadScenarioLibrary((values.scenarios as string | undefined) ?? SCENARIO_DIR);
  let failed = false;
  for (const file of positionals) {
    try {
      const text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
      console.log(JSON.stringify(scoreText(text, library)));
    } catch (error) {
      failed = true;
      console.log(JSON.stringify({ file, error: (error as Error).message }));
    }
  }
  return failed ? 1 : 0;
});
