// Calls as the app uploads them: lines played against the scripted customer, so the server's scoring has real work.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Transcript } from '../../src/core';
import { createScriptedPersona } from '../../src/core/persona/createScriptedPersona';
import { playLines } from '../../src/core/persona/playLines';
import { validateScenario } from '../../src/core/scenario/validateScenario';
import { scoreTranscript } from '../../src/core/scoring/scoreTranscript';
import type { CallMemory } from '../../src/core/series/callMemory';
import { playedSeriesCall } from '../../src/core/series/playedSeriesCall';
import { rememberSeriesCall } from '../../src/core/series/rememberSeriesCall';
import { fixtureLines } from './callDriver';

const transcripts = new Map<string, Transcript>();

/** A played transcript of a built-in scenario with its good or bad fixture lines. */
export async function playedTranscript(scenarioId: string, lines: 'good' | 'bad', seed = 7): Promise<Transcript> {
  const key = `${scenarioId}:${lines}:${seed}`;
  const cached = transcripts.get(key);
  if (cached) return cached;
  const checked = validateScenario(parse(readFileSync(`scenarios/${scenarioId}.yaml`, 'utf8')));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const options = { seed, difficulty: checked.value.difficulty };
  const { transcript } = await playLines(checked.value, createScriptedPersona(checked.value, options), fixtureLines(scenarioId)[lines], options);
  transcripts.set(key, transcript);
  return transcript;
}

/** An upload body for POST /api/calls. */
export async function callUpload(
  id: string,
  options: { scenarioId?: string; lines?: 'good' | 'bad'; seed?: number; assignmentId?: string; startedAt?: string; withReport?: boolean } = {},
) {
  const scenarioId = options.scenarioId ?? 'lease-follow-up';
  const transcript = await playedTranscript(scenarioId, options.lines ?? 'good', options.seed);
  const startedAt = options.startedAt ?? '2026-03-02T10:00:00.000Z';
  const body: Record<string, unknown> = {
    id,
    scenarioId,
    scenarioTitle: scenarioId,
    startedAt,
    endedAt: new Date(Date.parse(startedAt) + 300_000).toISOString(),
    personaKind: 'scripted',
    mode: 'free',
    transcript,
    ...(options.assignmentId ? { assignmentId: options.assignmentId } : {}),
  };
  if (options.withReport) {
    const checked = validateScenario(parse(readFileSync(`scenarios/${scenarioId}.yaml`, 'utf8')));
    if (checked.ok) body.report = scoreTranscript(checked.value, transcript);
  }
  return body;
}

/** A minimal assignment body for POST /api/teams/:id/assignments. */
export const assignmentBody = (overrides: Record<string, unknown> = {}) => ({
  title: 'Week 1',
  scenarioIds: ['lease-follow-up', 'busy-executive'],
  passMark: 70,
  attemptsAllowed: 2,
  personaKind: 'scripted',
  mode: 'free',
  ...overrides,
});

/**
 * Every call of a series as the app uploads it, played with the series fixture's lines: each call written from the
 * ones before, its report scored against the call as played, and the run's earlier transcripts carried along; call 1
 * starts at `startedAt`, each next call a day later.
 */
export async function seriesUploads(
  seriesId: string,
  prefix: string,
  options: { lines?: 'kept' | 'broken'; assignmentId?: string; seed?: number; startedAt?: string } = {},
) {
  const checked = validateScenario(parse(readFileSync(`scenarios/${seriesId}.yaml`, 'utf8')));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const series = checked.value;
  const linesPerCall = (JSON.parse(readFileSync(`tests/fixtures/series/${seriesId}.json`, 'utf8')) as Record<string, string[][]>)[options.lines ?? 'kept']!;
  const memories: CallMemory[] = [];
  const transcripts: Transcript[] = [];
  const bodies: Record<string, unknown>[] = [];
  for (const [index, lines] of linesPerCall.entries()) {
    const played = playedSeriesCall(series, index, memories);
    const playOptions = { seed: options.seed ?? 7, difficulty: played.difficulty };
    const { transcript } = await playLines(played, createScriptedPersona(played, playOptions), lines, playOptions);
    const startedAt = new Date(Date.parse(options.startedAt ?? '2026-03-03T10:00:00.000Z') + index * 86_400_000).toISOString();
    bodies.push({
      id: `${prefix}-${index + 1}`,
      scenarioId: played.id,
      scenarioTitle: played.title,
      startedAt,
      endedAt: new Date(Date.parse(startedAt) + 300_000).toISOString(),
      personaKind: 'scripted',
      mode: 'free',
      transcript,
      report: scoreTranscript(played, transcript),
      ...(index > 0 ? { earlierTranscripts: [...transcripts] } : {}),
      ...(options.assignmentId ? { assignmentId: options.assignmentId } : {}),
    });
    memories.push(rememberSeriesCall(series, index, transcript, memories));
    transcripts.push(transcript);
  }
  return bodies;
}
