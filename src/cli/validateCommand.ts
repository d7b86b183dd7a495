import { relative } from 'node:path';
import { listScenarioFiles, loadScenarioFiles } from '../node/loadScenarioFiles';
import { formatValidationError } from '../core/scenario';
import { defineCommand } from './runCli';

const HELP = `Usage: npm run validate -- [FILE...]

Validates scenario files (YAML or JSON) against the scenario format and prints every
problem with its path. With no FILE, validates every file in scenarios/.
Exit code: 0 when all files are valid, 1 otherwise.`;

/** `npm run validate`: checks scenario files and prints every problem with its path. */
export const validateCommand = defineCommand(HELP, {}, async ({ positionals }, io) => {
  const files = positionals.length > 0 ? positionals : await listScenarioFiles();
  const results = await loadScenarioFiles(files);
  let failed = 0;
  for (const { file, errors, scenario } of results) {
    const name = relative(process.cwd(), file) || file;
    if (errors.length === 0) {
      io.out(
        `ok    ${name}${scenario?.migratedFrom === 1 ? ' (version 1: still reads; set schemaVersion: 2 and give each item a meaning and examples to move it on)' : ''}`,
      );
      continue;
    }
    failed++;
    io.out(`FAIL  ${name} (${errors.length} problem${errors.length === 1 ? '' : 's'})`);
    for (const error of errors) io.out(`      ${formatValidationError(error)}`);
  }
  io.out(`\n${results.length - failed} valid, ${failed} invalid`);
  return failed > 0 ? 1 : 0;
});
