// Hashes that recognise the same upload again (idempotent retries) and the same transcript under another trainee.
import { createHash } from 'node:crypto';
import type { Transcript } from '../../../core';

/** JSON with keys in sorted order, so equal values hash alike whatever order their keys came in. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The same words in the same call: scenario, seed, difficulty and every turn's speaker and text (timings aside). */
export function transcriptHash(transcript: Transcript): string {
  return sha256(
    stableJson({
      scenarioId: transcript.scenarioId,
      channel: transcript.channel,
      seed: transcript.seed,
      difficulty: transcript.difficulty,
      turns: transcript.turns.map((t) => [t.speaker, t.text.trim().replace(/\s+/g, ' ')]),
    }),
  );
}

/** Everything an upload says, so a retry is recognised and a different call under a reused id is not. */
export const contentHash = (upload: unknown) => sha256(stableJson(upload));
