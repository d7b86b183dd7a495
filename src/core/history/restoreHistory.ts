import { z } from 'zod';
import type { Report } from '../scoring/report';
import { transcriptSchema, type Transcript } from '../transcript';
import { CALL_RECORD_VERSION, type CallRecord } from './callRecord';
import { currentRecord } from './currentRecord';
import { migrateRecord } from './migrations';

/** Saved data that could not be repaired: kept so the user can export it, never silently dropped. */
export interface SetAside {
  raw: unknown;
  reason: string;
}

/** What loading saved history produced. */
export interface RestoredHistory {
  records: CallRecord[];
  setAside: SetAside[];
  /** One line per kind of repair made, for a notice on screen. */
  notices: string[];
}

/** Re-scores a transcript when a saved report is missing or unreadable; undefined when the scenario is unknown. */
export type Rescore = (transcript: Transcript) => Report | undefined;

const evidence = z.object({ turn: z.number().int().nonnegative(), quote: z.string() });
const reportSchema = z.object({
  scenarioId: z.string(),
  overall: z.number().min(0).max(100),
  principles: z.array(
    z.object({ id: z.string(), verdict: z.enum(['met', 'missed', 'n/a']), score: z.number().min(0).max(100), evidence: z.array(evidence).catch([]) }),
  ),
  mistakes: z.array(z.object({ turn: z.number(), principle: z.string(), commentary: z.string(), betterLine: z.string() })).catch([]),
});

// Forgiving: optional fields that are damaged fall back to defaults instead of losing the call.
const recordSchema = z.object({
  id: z.string().min(1),
  scenarioId: z.string().min(1),
  scenarioTitle: z.string().catch(''),
  startedAt: z.string().catch(''),
  endedAt: z.string().catch(''),
  personaKind: z.enum(['scripted', 'llm']).catch('scripted'),
  mode: z.enum(['guided', 'free']).catch('free'),
  transcript: transcriptSchema,
  report: z.unknown(),
  assignmentId: z.string().optional().catch(undefined),
  // A damaged link to the parent call loses only the link, never the call.
  retryOf: z
    .object({ recordId: z.string().min(1), turn: z.number().int().nonnegative() })
    .optional()
    .catch(undefined),
});

function reasonOf(error: z.ZodError): string {
  const first = error.issues[0];
  return first ? `${first.path.join('.') || '(record)'}: ${first.message}` : 'unreadable';
}

/** One record's restore: the record, the repairs made, or why it could not be kept. */
export interface RestoredRecord {
  record?: CallRecord;
  repaired: string[];
  reason?: string;
}

/** Restores one saved record: migrates it, repairs what it can, or says why it cannot. */
export function restoreRecord(raw: unknown, rescore: Rescore): RestoredRecord {
  // Nearly every saved call is already current and whole: check it cheaply and skip the general schema.
  const current = currentRecord(raw);
  return current ? { record: current, repaired: [] } : restoreThroughSchema(raw, rescore);
}

/** The general, forgiving path: migrations, schema with defaults, re-scoring. */
export function restoreThroughSchema(raw: unknown, rescore: Rescore): RestoredRecord {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { repaired: [], reason: 'not a saved call' };
  const version = (raw as Record<string, unknown>).version;
  if (typeof version === 'number' && version > CALL_RECORD_VERSION) {
    return { repaired: [], reason: `saved by a newer version of Dialed In (format ${version})` };
  }
  const { record: migrated, applied } = migrateRecord(raw as Record<string, unknown>, CALL_RECORD_VERSION);
  const parsed = recordSchema.safeParse(migrated);
  if (!parsed.success) return { repaired: [], reason: reasonOf(parsed.error) };
  const repaired = applied.map((name) => `migrated: ${name}`);
  const savedReport = reportSchema.safeParse(parsed.data.report);
  let report = savedReport.success ? (savedReport.data as Report) : undefined;
  if (!report) {
    report = rescore(parsed.data.transcript as Transcript);
    if (!report) return { repaired, reason: 'the score is unreadable and the scenario is no longer available to score it again' };
    repaired.push('re-scored a call whose saved score was unreadable');
  }
  const { report: _report, ...rest } = parsed.data;
  return { record: { ...rest, transcript: parsed.data.transcript as Transcript, report, version: CALL_RECORD_VERSION }, repaired };
}

/** Loads saved history forgivingly: every readable call is kept, the rest set aside with a reason. */
export function restoreHistory(raws: readonly unknown[], rescore: Rescore): RestoredHistory {
  const records: CallRecord[] = [];
  const setAside: SetAside[] = [];
  const repairs = new Map<string, number>();
  const seen = new Set<string>();
  for (const raw of raws) {
    const result = restoreRecord(raw, rescore);
    if (!result.record) {
      setAside.push({ raw, reason: result.reason ?? 'unreadable' });
      continue;
    }
    if (seen.has(result.record.id)) continue;
    seen.add(result.record.id);
    records.push(result.record);
    for (const repair of result.repaired) repairs.set(repair, (repairs.get(repair) ?? 0) + 1);
  }
  // ISO timestamps order correctly as plain strings, and far faster than localeCompare on thousands.
  records.sort((a, b) => (a.endedAt < b.endedAt ? -1 : a.endedAt > b.endedAt ? 1 : 0));
  const notices = [...repairs].map(([repair, count]) => `${count} saved call${count === 1 ? '' : 's'}: ${repair}`);
  if (setAside.length > 0) {
    notices.push(
      `${setAside.length} saved item${setAside.length === 1 ? ' was' : 's were'} unreadable and set aside; you can export ${setAside.length === 1 ? 'it' : 'them'} from History.`,
    );
  }
  return { records, setAside, notices };
}
