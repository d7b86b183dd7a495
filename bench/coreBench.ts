import { readFileSync } from 'node:fs';
import { prepareScenario, scriptedReply } from '../src/core/persona';
import type { Scenario } from '../src/core/scenario';
import { scoreTranscript } from '../src/core/scoring';
import type { Transcript, Turn } from '../src/core';
import { loadScenarioLibrary } from '../src/node/loadScenarioFiles';
import { summarize, time } from './stats';

function linesFor(id: string): { good: string[]; bad: string[] } {
  return JSON.parse(readFileSync(new URL(`../tests/fixtures/persona/lines/${id}.json`, import.meta.url), 'utf8'));
}

/**
 * Every scripted reply of good and bad calls on every scenario, over many seeds. Each call starts on a fresh copy of its
 * scenario, prepared as the app prepares it while the briefing is read; that preparation is timed on its own.
 */
function replyLatencies(library: Map<string, Scenario>, prepared: number[] = []): number[] {
  const samples: number[] = [];
  for (const original of library.values()) {
    // A series is played call by call through its own scenarios; the single-call scenarios carry the line fixtures.
    if (original.series) continue;
    const lines = linesFor(original.id);
    for (let seed = 1; seed <= 40; seed++) {
      for (const sequence of [lines.good, lines.bad]) {
        // A fresh copy per call: the persona caches classifications per scenario object, and a real call meets new lines.
        const scenario = structuredClone(original);
        prepared.push(time(() => prepareScenario(scenario)));
        const options = { seed, difficulty: scenario.difficulty };
        const turns: Turn[] = [{ speaker: 'customer', text: scenario.persona.greeting[0] ?? '' }];
        for (const line of sequence) {
          turns.push({ speaker: 'rep', text: line });
          let reply: ReturnType<typeof scriptedReply> | undefined;
          samples.push(time(() => (reply = scriptedReply(scenario, options, turns))));
          turns.push({ speaker: 'customer', text: reply!.text });
          if (reply!.end) break;
        }
      }
    }
  }
  return samples;
}

/** A transcript of `length` turns made by repeating a good call's turns. */
function transcriptOf(scenario: Scenario, length: number): Transcript {
  const lines = linesFor(scenario.id).good;
  const turns: Turn[] = [];
  for (let i = 0; turns.length < length; i++) {
    turns.push(
      i % 2 === 0 ? { speaker: 'customer', text: 'Right, go on, I have a minute for this.' } : { speaker: 'rep', text: lines[(i >> 1) % lines.length] ?? '' },
    );
  }
  return { scenarioId: scenario.id, channel: scenario.channel, turns };
}

function scoringTimes(scenario: Scenario, length: number): ReturnType<typeof summarize> {
  const transcript = transcriptOf(scenario, length);
  const runs = length >= 1000 ? 30 : 200;
  for (let i = 0; i < 5; i++) scoreTranscript(scenario, transcript);
  return summarize(Array.from({ length: runs }, () => time(() => scoreTranscript(scenario, transcript))));
}

/** Persona reply latency and scoring time, with the targets. */
export async function runCoreBench(): Promise<Record<string, unknown>> {
  const library = await loadScenarioLibrary();
  replyLatencies(library); // warm-up
  const prepared: number[] = [];
  const reply = summarize(replyLatencies(library, prepared));
  const preparation = summarize(prepared);
  const lease = library.get('lease-follow-up')!;
  const scoring = { turns10: scoringTimes(lease, 10), turns100: scoringTimes(lease, 100), turns1000: scoringTimes(lease, 1000) };
  // Linear cost: 10x the turns should cost roughly 10x, not 100x.
  const growth = Math.round((scoring.turns1000.median / Math.max(scoring.turns100.median, 0.001)) * 10) / 10;
  return {
    scriptedReplyMs: { ...reply, target: { p99Below: 1 }, pass: reply.p99 < 1 },
    // Done while the trainee reads the briefing, so it only has to beat reading time by a wide margin.
    prepareScenarioMs: { ...preparation, target: { p99Below: 100 }, pass: preparation.p99 < 100 },
    scoringMs: { ...scoring, target: { turns100MedianBelow: 5 }, pass: scoring.turns100.median < 5 },
    scoringGrowth100to1000: { factor: growth, target: 'about 10 (linear)', pass: growth < 20 },
  };
}
