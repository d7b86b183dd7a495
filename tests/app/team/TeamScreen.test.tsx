// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAssignmentsStore } from '../../../src/app/assignments/assignmentsStore';
import TeamReplayScreen from '../../../src/app/team/TeamReplayScreen';
import TeamScreen from '../../../src/app/team/TeamScreen';
import { useTeamStore } from '../../../src/app/team/useTeamStore';
import { buildResultsFile, resultsFileText } from '../../../src/core/assignments/buildResultsFile';
import { useScenarioCatalog } from '../../../src/app/scenarios/scenarioCatalog';
import { scenarioAttempts } from '../../../src/core/assignments/scenarioAttempts';
import { builtInScenario, fakeRecord, GOOD, loadAssignment, POOR, readFixture } from '../../fixtures/assignments/fakeCalls';

vi.mock('../../../src/app/team/useTeamStore', async () => {
  const { createTeamStore } = await import('../../../src/app/team/teamStore');
  const { MemoryTeamStorage } = await import('../../../src/app/team/teamStorage');
  const fakes = await import('../../fixtures/assignments/fakeCalls');
  return {
    useTeamStore: createTeamStore({
      openStorage: async () => new MemoryTeamStorage(),
      score: fakes.fakeScore,
      // The lease series as shipped, so its calls can be told apart and checked; any other id is a stand-in.
      scenarioById: (id: string) => (id === 'lease-series' ? fakes.builtInScenario(id) : fakes.standInScenario(id)),
      builtinScenarioIds: () => [...fakes.BUILTIN_IDS, 'lease-series'],
      ownAssignments: () => [],
      now: () => new Date('2026-02-01T10:00:00Z'),
    }),
  };
});

const assignment = loadAssignment();

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break the parsed file in any way they like, so its shape is not typed
function resultsFile(trainee: string, lines: string[], edit?: (data: any) => void): File {
  const data = JSON.parse(
    resultsFileText(buildResultsFile(assignment, trainee, [fakeRecord('lease-follow-up', lines, { assignmentId: assignment.id })], '2026-01-20T10:00:00.000Z')),
  );
  edit?.(data);
  return new File([JSON.stringify(data)], `${trainee}.json`, { type: 'application/json' });
}

function importFiles(...files: File[]) {
  const input = screen.getByText('Import results files').querySelector('input') as HTMLInputElement;
  fireEvent.change(input, { target: { files } });
}

describe('TeamScreen', () => {
  beforeEach(async () => {
    localStorage.clear();
    useAssignmentsStore.setState({ loaded: false, received: [], created: [], setAside: [], traineeName: '', saveError: undefined });
    await useTeamStore.getState().clear();
  });
  afterEach(cleanup);

  it('shows each trainee’s row after importing their results', async () => {
    render(<TeamScreen />);
    await screen.findByRole('heading', { name: 'No results yet' });
    importFiles(resultsFile('Sam', GOOD), resultsFile('Ada', POOR));
    const table = await screen.findByRole('table');
    const sam = within(table).getByRole('row', { name: /Sam/ });
    expect(within(sam).getByText('Best 100')).toBeTruthy();
    const ada = within(table).getByRole('row', { name: /Ada/ });
    expect(within(ada).getByText('Best 0')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Weak spots' })).toBeTruthy();
  });

  it('flags a results file whose score was edited, and counts the real score', async () => {
    render(<TeamScreen />);
    importFiles(resultsFile('Sam', POOR, (d) => (d.attempts[0].report.overall = 97)));
    const flag = await screen.findByTestId('edited-flag');
    expect(flag.textContent).toContain('Edited score');
    const row = screen.getByRole('row', { name: /Sam/ });
    expect(within(row).getByText('Best 0')).toBeTruthy();
    expect(screen.getByTestId('import-reports').textContent).toContain('does not match the transcript');
  });

  it('refuses a broken file with a message and shows nothing from it', async () => {
    render(<TeamScreen />);
    importFiles(new File(['{"kind": "results", "schemaVersion": 1'], 'cut.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('cut.json');
    expect(alert.textContent).toContain('not valid JSON');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('downloads the table as CSV', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:csv');
    URL.revokeObjectURL = () => undefined;
    render(<TeamScreen />);
    importFiles(resultsFile('Sam', GOOD));
    await screen.findByRole('table');
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    const text = await blobs[0]!.text();
    expect(text.split('\r\n')[0]).toMatch(/^Assignment,Assignment id,Trainee,/);
    expect(text).toContain(',Sam,');
  });

  it('replays any imported call', async () => {
    render(<TeamScreen />);
    importFiles(resultsFile('Sam', GOOD));
    await screen.findByRole('table');
    const key = useTeamStore.getState().imports[0]!.results.attempts[0]!.attempt.id;
    const attemptKey = document.querySelector(`[data-attempt$="${key}"]`)!.getAttribute('data-attempt')!;
    cleanup();
    render(<TeamReplayScreen attemptKey={attemptKey} />);
    expect(await screen.findByRole('heading', { name: /Sam: Title of lease-follow-up/ })).toBeTruthy();
    await waitFor(() => expect(document.querySelector('[data-screen="team-replay"]')).not.toBeNull());
  });

  it('shows a series’ score, its run in progress, and each call’s place in the series', async () => {
    const lease = builtInScenario('lease-series');
    useScenarioCatalog.setState({ scenarios: [lease] });
    try {
      render(<TeamScreen />);
      importFiles(new File([readFixture('assignments/results-series.json')], 'jo.json', { type: 'application/json' }));
      const table = await screen.findByRole('table');
      const checked = useTeamStore.getState().imports[0]!.results.attempts;
      const calls = checked.map(({ attempt, trusted }) => ({ ...attempt, overall: trusted.overall }));
      const seriesScore = scenarioAttempts(lease.id, calls, () => lease).attempts[0]!.overall;
      expect(within(table).getByRole('columnheader', { name: lease.title })).toBeTruthy();
      const row = within(table).getByRole('row', { name: /Jo Trainee/ });
      expect(within(row).getByText(`Best ${seriesScore}`)).toBeTruthy();
      expect(row.textContent).toContain('1 attempt · 1 series run in progress');
      const list = document.querySelector('.wf-attempts')!;
      expect(list.textContent).toContain('Every call (3)');
      const lines = [...list.querySelectorAll('.wf-attempt-line')].map((line) => line.textContent);
      expect(lines[0]).toContain(`${lease.title} · call 1 of 2 ·`);
      expect(lines[0]).toContain(`series score ${seriesScore}`);
      expect(lines[1]).toContain('call 2 of 2');
      expect(lines[2]).not.toContain('series score');
      expect(list.textContent).toContain('Series in progress: 1 of 2 calls played');
    } finally {
      useScenarioCatalog.setState({ scenarios: [] });
    }
  });
});
