// A team server in its own process, for tests that kill it: `tsx teamServerProcess.ts '<target JSON>'` prints
// {"url": ...} on one line once it listens.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTeamServer } from '../../src/server/team/createTeamServer';
import type { DatabaseTarget } from '../../src/server/team/db/openDatabase';

const target = JSON.parse(process.argv[2] ?? '{}') as DatabaseTarget;
const root = mkdtempSync(join(tmpdir(), 'dialed-in-team-process-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
const server = await createTeamServer({ target, root, setupCode: 'TEST-SETU-PCOD', signInLimits: { perAccount: 1000, perClient: 1000, windowMs: 1000 } });
console.log(JSON.stringify({ url: server.running.url }));
