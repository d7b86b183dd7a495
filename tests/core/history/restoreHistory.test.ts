import { describe, expect, it } from 'vitest';
import { CALL_RECORD_VERSION, type CallRecord } from '../../../src/core/history/callRecord';
import { MIGRATIONS, migrateRecord } from '../../../src/core/history/migrations';
import { restoreHistory } from '../../../src/core/history/restoreHistory';
import type { Report } from '../../../src/core/scoring/report';

const report: Report = {
  scenarioId: 'lease-follow-up',
  overall: 72,
  principles: [{ id: 'purpose-first', verdict: 'met', score: 100, evidence: [{ turn: 1, quote: 'calling about your plates' }] }],
  mistakes: [],
};

function record(id: string, endedAt: string, extra: Partial<CallRecord> = {}): CallRecord {
  return {
    version: CALL_RECORD_VERSION,
    id,
    scenarioId: 'lease-follow-up',
    scenarioTitle: 'The lease follow-up',
    startedAt: endedAt,
    endedAt,
    personaKind: 'scripted',
    mode: 'free',
    transcript: { scenarioId: 'lease-follow-up', channel: 'call', turns: [{ speaker: 'customer', text: 'Art here.' }] },
    report,
    ...extra,
  };
}

const rescoreTo = (overall: number) => () => ({ ...report, overall });
const noRescore = () => undefined;

describe('restoreHistory', () => {
  it('keeps every readable record, oldest first', () => {
    const restored = restoreHistory([record('b', '2026-11-02'), record('a', '2026-11-01')], noRescore);
    expect(restored.records.map((r) => r.id)).toEqual(['a', 'b']);
    expect(restored.setAside).toEqual([]);
    expect(restored.notices).toEqual([]);
  });

  it('migrates a version 1 record through the named migration', () => {
    const v1 = { ...record('old', '2026-10-01'), version: 1, goal: 'Get the plates sorted', seed: 7, difficulty: 'hard' };
    const restored = restoreHistory([v1], noRescore);
    expect(restored.records[0]?.transcript).toMatchObject({ goal: 'Get the plates sorted', seed: 7, difficulty: 'hard' });
    expect(restored.records[0]?.version).toBe(CALL_RECORD_VERSION);
    expect(restored.records[0]).not.toHaveProperty('goal');
    expect(restored.notices).toEqual(['1 saved call: migrated: move-goal-and-seed-into-transcript']);
  });

  it('sets aside garbage with a reason instead of failing the whole load', () => {
    const restored = restoreHistory([record('good', '2026-11-01'), 'not a record', { id: 42 }, null], noRescore);
    expect(restored.records.map((r) => r.id)).toEqual(['good']);
    expect(restored.setAside).toHaveLength(3);
    expect(restored.setAside[0]).toEqual({ raw: 'not a record', reason: 'not a saved call' });
    expect(restored.notices.at(-1)).toMatch(/^3 saved items were unreadable and set aside/);
  });

  it('re-scores a call whose saved report is damaged', () => {
    const damaged = { ...record('x', '2026-11-01'), report: { overall: 'lots' } };
    const restored = restoreHistory([damaged], rescoreTo(55));
    expect(restored.records[0]?.report.overall).toBe(55);
    expect(restored.notices).toEqual(['1 saved call: re-scored a call whose saved score was unreadable']);
  });

  it('sets aside a damaged report when the scenario cannot score it again', () => {
    const restored = restoreHistory([{ ...record('x', '2026-11-01'), report: null }], noRescore);
    expect(restored.records).toEqual([]);
    expect(restored.setAside[0]?.reason).toMatch(/no longer available/);
  });

  it('falls back to defaults for damaged optional fields', () => {
    const restored = restoreHistory([{ ...record('x', '2026-11-01'), mode: 'telepathy', personaKind: 7 }], noRescore);
    expect(restored.records[0]).toMatchObject({ mode: 'free', personaKind: 'scripted' });
  });

  it('does not read records saved by a newer version', () => {
    const restored = restoreHistory([{ ...record('future', '2026-11-01'), version: 99 }], noRescore);
    expect(restored.setAside[0]?.reason).toBe('saved by a newer version of Dialed In (format 99)');
  });

  it('keeps the first of two records with the same id', () => {
    const restored = restoreHistory([record('same', '2026-11-01', { scenarioTitle: 'first' }), record('same', '2026-11-02')], noRescore);
    expect(restored.records.map((r) => r.scenarioTitle)).toEqual(['first']);
  });
});

describe('migrations', () => {
  it('are numbered one step at a time without gaps', () => {
    MIGRATIONS.forEach((migration, index) => expect(migration.from).toBe(index + 1));
    expect(MIGRATIONS.length + 1).toBe(CALL_RECORD_VERSION);
  });

  it('leave a current record untouched', () => {
    const current = record('now', '2026-11-01') as unknown as Record<string, unknown>;
    expect(migrateRecord(current, CALL_RECORD_VERSION)).toEqual({ record: current, applied: [] });
  });
});
