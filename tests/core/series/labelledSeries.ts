import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PRINCIPLE_IDS, type PrincipleId } from '../../../src/core/principles/principles';
import type { CallQuality } from '../../../src/core/scoring/agreement';
import type { Verdict } from '../../../src/core/scoring/report';
import type { SeriesPrincipleId } from '../../../src/core/series/scoreSeries';

/** tests/fixtures/series-calls: one folder per shipped series, one labelled path (a run of every call) per file. */
export const SERIES_CORPUS_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'series-calls');

/** The principles a series is labelled on across its calls, in the order scoreSeries reports them. */
export const SERIES_PRINCIPLES: readonly SeriesPrincipleId[] = ['own-the-issue', 'know-the-history', 'persist'];

const verdict = z.enum(['met', 'missed', 'n/a']);
const quality = z.enum(['good', 'mixed', 'poor']);
const callLabels = z.strictObject(Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, verdict])) as Record<PrincipleId, typeof verdict>);
const seriesLabels = z.strictObject({ 'own-the-issue': verdict, 'know-the-history': verdict, persist: verdict });

const pathSchema = z.strictObject({
  seriesId: z.string().min(1),
  quality,
  note: z.string().min(10),
  /** The scripted customer's seed; 1 when absent. */
  seed: z.number().int().positive().optional(),
  calls: z
    .array(
      z.strictObject({
        call: z.string().min(1),
        quality,
        note: z.string().optional(),
        labels: callLabels,
        lines: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(2),
  series: seriesLabels,
});

/** One labelled path through a series: the rep's lines for each call and a manager's verdicts per call and across calls. */
export interface LabelledSeriesPath {
  /** "<series id>/<name>.yaml", relative to the corpus folder. */
  file: string;
  seriesId: string;
  quality: CallQuality;
  note: string;
  seed: number;
  calls: { call: string; quality: CallQuality; labels: Record<PrincipleId, Verdict>; lines: string[] }[];
  series: Record<SeriesPrincipleId, Verdict>;
}

/** Every labelled series path, in path order; throws with the file and the problem when one does not fit the format. */
export function loadLabelledSeries(dir = SERIES_CORPUS_DIR): LabelledSeriesPath[] {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
  return files.map((file) => {
    const parsed = pathSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const { seed, ...path } = parsed.data;
    if (!file.startsWith(`${path.seriesId}/`)) throw new Error(`${file}: lives outside its series folder (${path.seriesId}/)`);
    return { file, seed: seed ?? 1, ...path };
  });
}
