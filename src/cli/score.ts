import { runCli } from './runCli';
import { scoreCommand } from './scoreCommand';

runCli(scoreCommand);
