import { playCommand } from './playCommand';
import { runCli } from './runCli';

runCli(playCommand);
