import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildResultsFile } from '../../src/core/assignments/buildResultsFile';
import type { ResultsFile } from '../../src/core/assignments/resultsSchema';
import { CALL_RECORD_VERSION, type CallRecord } from '../../src/core/history/callRecord';
import { createScriptedPersona } from '../../src/core/persona/createScriptedPersona';
import { playLines } from '../../src/core/persona/playLines';
import { validateScenario } from '../../src/core/scenario/validateScenario';
import { scoreTranscript } from '../../src/core/scoring/scoreTranscript';
import { loadAssignment } from '../fixtures/assignments/fakeCalls';
import { fixtureLines } from './callDriver';

/**
 * A results file as a trainee would export it: one lease call played with the scripted Art and scored as
 * the app scores it, so a manager's import verifies it until someone edits it.
 */
export async function playedResultsFile(trainee: string): Promise<ResultsFile> {
  const checked = validateScenario(parse(readFileSync('scenarios/lease-follow-up.yaml', 'utf8')));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const scenario = checked.value;
  const assignment = { ...loadAssignment(), scenarioIds: [scenario.id] };
  const options = { seed: 7, difficulty: scenario.difficulty };
  const { transcript } = await playLines(scenario, createScriptedPersona(scenario, options), fixtureLines(scenario.id).good, options);
  const record: CallRecord = {
    version: CALL_RECORD_VERSION,
    id: 'played-1',
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    startedAt: '2026-01-10T10:00:00.000Z',
    endedAt: '2026-01-10T10:05:00.000Z',
    personaKind: 'scripted',
    mode: 'free',
    transcript,
    report: scoreTranscript(scenario, transcript),
    assignmentId: assignment.id,
  };
  return buildResultsFile(assignment, trainee, [record], '2026-01-12T08:00:00.000Z');
}
