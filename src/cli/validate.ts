import { runCli } from './runCli';
import { validateCommand } from './validateCommand';

runCli(validateCommand);
