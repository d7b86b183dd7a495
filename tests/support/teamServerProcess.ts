// A team server in its own process, for tests that kill it: `tsx teamServerProcess.ts '<target JSON>'` prints
// {"url": ...} on one line once it listens.
import { createTeamServer } from '../../src/server/team/createTeamServer';
import type { DatabaseTarget } from '../../src/server/team/db/openDatabase';
import { STATIC_ROOT as root } from './staticRoot';

const target = JSON.parse(process.argv[2] ?? '{}') as DatabaseTarget;
const server = await createTeamServer({ target, root, setupCode: 'TEST-SETU-PCOD', signInLimits: { perAccount: 1000, perClient: 1000, windowMs: 1000 } });
console.log(JSON.stringify({ url: server.running.url }));
