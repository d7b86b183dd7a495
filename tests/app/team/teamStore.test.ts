import { describe, expect, it } from 'vitest';
import { createTeamStore } from '../../../src/app/team/teamStore';
import { MemoryTeamStorage, type TeamStorage } from '../../../src/app/team/teamStorage';
import { buildResultsFile, resultsFileText } from '../../../src/core/assignments/buildResultsFile';
import { BUILTIN_IDS, fakeRecord, fakeScore, GOOD, loadAssignment, POOR, standInScenario } from '../../fixtures/assignments/fakeCalls';

const assignment = loadAssignment();

function store(storage: TeamStorage = new MemoryTeamStorage()) {
  return createTeamStore({
    openStorage: async () => storage,
    score: fakeScore,
    scenarioById: standInScenario,
    builtinScenarioIds: () => BUILTIN_IDS,
    ownAssignments: () => [],
    now: () => new Date('2026-02-01T10:00:00Z'),
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the parsed file in any way they like, so its shape is not typed
function resultsText(trainee: string, lines = GOOD, edit?: (data: any) => void): string {
  const file = JSON.parse(
    resultsFileText(buildResultsFile(assignment, trainee, [fakeRecord('lease-follow-up', lines, { assignmentId: assignment.id })], '2026-01-20T10:00:00.000Z')),
  );
  edit?.(file);
  return JSON.stringify(file);
}

const file = (text: string, name = 'results.json') => new File([text], name, { type: 'application/json' });

describe('team store', () => {
  it('imports several results files at once, each checked', async () => {
    const team = store();
    await team.getState().importFiles([file(resultsText('Sam'), 'sam.json'), file(resultsText('Ada', POOR), 'ada.json')]);
    const { imports, reports } = team.getState();
    expect(imports.map((i) => i.results.trainee)).toEqual(['Sam', 'Ada']);
    expect(imports.every((i) => i.results.attempts.every((a) => a.check.status === 'verified'))).toBe(true);
    expect(reports.map((r) => r.message)).toEqual(['Sam, “Week 1: follow-up basics”: 1 call imported.', 'Ada, “Week 1: follow-up basics”: 1 call imported.']);
  });

  it('flags an edited score on import', async () => {
    const team = store();
    await team.getState().importFiles([file(resultsText('Sam', POOR, (d) => (d.attempts[0].report.overall = 99)))]);
    expect(team.getState().imports[0]?.results.attempts[0]?.check.status).toBe('mismatch');
    expect(team.getState().reports[0]?.message).toContain('One call has a score that does not match the transcript: flagged.');
  });

  it('refuses a malformed file whole, with its problems, and keeps the others', async () => {
    const team = store();
    await team.getState().importFiles([file('{"kind":"results","schemaVersion":1,"trainee":"X"}', 'bad.json'), file(resultsText('Sam'), 'sam.json')]);
    const [bad, good] = team.getState().reports;
    expect(bad).toMatchObject({
      fileName: 'bad.json',
      ok: false,
      message: 'Refused: this is not a results file this app can read. Nothing was imported from it.',
    });
    expect(bad?.errors?.map((e) => e.path)).toEqual(['exportedAt', 'assignment', 'attempts']);
    expect(good?.ok).toBe(true);
    expect(team.getState().imports).toHaveLength(1);
  });

  it('refuses an oversized file before reading it', async () => {
    const team = store();
    const huge = new File([new Uint8Array(10_000_001)], 'huge.json');
    await team.getState().importFiles([huge]);
    expect(team.getState().reports[0]?.message).toBe('Refused: too large: 10.0 MB, the limit is 10.0 MB. Nothing was imported from it.');
  });

  it('notices the same file imported twice', async () => {
    const team = store();
    const text = resultsText('Sam');
    await team.getState().importFiles([file(text)]);
    await team.getState().importFiles([file(text)]);
    expect(team.getState().imports).toHaveLength(1);
    expect(team.getState().reports[0]?.message).toBe('Already imported; nothing changed.');
  });

  it('keeps imports across a reload', async () => {
    const storage = new MemoryTeamStorage();
    await store(storage)
      .getState()
      .importFiles([file(resultsText('Sam'))]);
    const again = store(storage);
    await again.getState().load();
    expect(again.getState().imports.map((i) => i.results.trainee)).toEqual(['Sam']);
  });

  it('imports nothing when the file cannot be stored', async () => {
    const storage = new MemoryTeamStorage();
    storage.put = async () => {
      throw new Error('QuotaExceededError');
    };
    const team = store(storage);
    await team.getState().importFiles([file(resultsText('Sam'))]);
    expect(team.getState().imports).toEqual([]);
    expect(team.getState().reports[0]?.ok).toBe(false);
  });

  it('lists stored imports this version can no longer read, without deleting them', async () => {
    const storage = new MemoryTeamStorage();
    await storage.put({ key: 'old', fileName: 'old.json', importedAt: '2026-01-01T00:00:00Z', data: { kind: 'results', schemaVersion: 9 } });
    const team = store(storage);
    await team.getState().load();
    expect(team.getState().unreadable).toEqual([{ key: 'old', fileName: 'old.json' }]);
    expect(await storage.all()).toHaveLength(1);
  });

  it('removes one import, or all of them', async () => {
    const team = store();
    await team.getState().importFiles([file(resultsText('Sam')), file(resultsText('Ada'))]);
    await team.getState().remove(team.getState().imports[0]!.key);
    expect(team.getState().imports.map((i) => i.results.trainee)).toEqual(['Ada']);
    await team.getState().clear();
    expect(team.getState().imports).toEqual([]);
  });
});
