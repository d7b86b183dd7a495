import { readFileSync } from 'node:fs';
import { CALL_RECORD_VERSION, type CallRecord } from '../../../src/core/history/callRecord';
import { createScriptedPersona } from '../../../src/core/persona/createScriptedPersona';
import { playLines } from '../../../src/core/persona/playLines';
import type { Scenario } from '../../../src/core/scenario/scenarioSchema';
import { scoreTranscript } from '../../../src/core/scoring/scoreTranscript';
import { loadScenarioLibrary } from '../../../src/node/loadScenarioFiles';

function linesFor(id: string): { good: string[]; bad: string[] } {
  return JSON.parse(readFileSync(new URL(`../../fixtures/persona/lines/${id}.json`, import.meta.url), 'utf8'));
}

/** Rep lines of a given quality: the bad call, a good call opened badly, or the good call. */
function linesOf(id: string, quality: 'poor' | 'mixed' | 'good'): string[] {
  const { good, bad } = linesFor(id);
  if (quality === 'poor') return bad;
  if (quality === 'mixed') return [bad[0] ?? '', ...good.slice(1)];
  return good;
}

async function playRecord(scenario: Scenario, quality: 'poor' | 'mixed' | 'good', n: number, goal: string): Promise<CallRecord> {
  const options = { seed: 1000 + n, difficulty: scenario.difficulty };
  const { transcript } = await playLines(scenario, createScriptedPersona(scenario, options), linesOf(scenario.id, quality), options);
  transcript.goal = goal;
  const started = new Date(Date.UTC(2025, 3, 1 + n, 9, 30));
  return {
    version: CALL_RECORD_VERSION,
    id: `seed-${n}-${scenario.id}`,
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    startedAt: started.toISOString(),
    endedAt: new Date(started.getTime() + 4 * 60_000).toISOString(),
    personaKind: 'scripted',
    mode: n % 3 === 0 ? 'guided' : 'free',
    transcript,
    report: scoreTranscript(scenario, transcript),
  };
}

/** A believable practice history: real scripted calls, scored by the real scorer, improving over two weeks. */
export async function seedRecords(): Promise<CallRecord[]> {
  const library = await loadScenarioLibrary();
  const plan: [string, 'poor' | 'mixed' | 'good'][] = [
    ['lease-follow-up', 'poor'],
    ['busy-executive', 'poor'],
    ['lease-follow-up', 'mixed'],
    ['not-now-shopper', 'poor'],
    ['busy-executive', 'mixed'],
    ['lease-follow-up', 'good'],
    ['not-now-shopper', 'mixed'],
    ['quote-follow-up', 'mixed'],
    ['busy-executive', 'good'],
    ['not-now-shopper', 'good'],
    ['lease-follow-up', 'good'],
    ['quote-follow-up', 'good'],
  ];
  const records: CallRecord[] = [];
  for (const [i, [id, quality]] of plan.entries()) {
    const scenario = library.get(id);
    if (!scenario) throw new Error(`scenario ${id} is missing`);
    records.push(await playRecord(scenario, quality, i, scenario.briefing.goal));
  }
  return records;
}
