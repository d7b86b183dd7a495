// @vitest-environment jsdom
import '../../support/loadedScenarios';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AssignedScreen from '../../../src/app/assignments/AssignedScreen';
import { useAssignmentsStore } from '../../../src/app/assignments/assignmentsStore';
import { useCallStore } from '../../../src/app/call/callStore';
import { useNavigationStore } from '../../../src/app/navigation/navigationStore';
import { fakeRecord, GOOD, loadAssignment, POOR, readFixture } from '../../fixtures/assignments/fakeCalls';
import type { CallRecord } from '../../../src/core/history/callRecord';
import { leaseRetry, leaseRun } from '../../core/assignments/seriesAttemptsFixture';
import { fakeHistoryStore } from './historyMock';

vi.mock('../../../src/app/history/historyStore', async () => ({ useHistoryStore: (await import('./historyMock')).fakeHistoryStore }));

const fixture = (name: string) => readFixture(`assignments/${name}`);

function chooseFile(text: string | Uint8Array<ArrayBuffer>, name = 'week1.json') {
  const input = screen.getByText('Open an assignment file').querySelector('input') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('AssignedScreen', () => {
  beforeEach(() => {
    localStorage.clear();
    useAssignmentsStore.setState({ loaded: false, received: [], created: [], setAside: [], traineeName: '', saveError: undefined });
    fakeHistoryStore.setState({ records: [] });
  });
  afterEach(cleanup);

  it('explains what to do when nothing is assigned', () => {
    render(<AssignedScreen />);
    expect(screen.getByRole('heading', { name: 'Nothing assigned yet' })).toBeTruthy();
  });

  it('adds an assignment file saved as UTF-16 (with its byte-order mark)', async () => {
    render(<AssignedScreen />);
    chooseFile(new Uint8Array(Buffer.from(`\uFEFF${fixture('valid-assignment.json')}`, 'utf16le')));
    expect(await screen.findByRole('article', { name: 'Week 1: follow-up basics' })).toBeTruthy();
  });

  it('adds an assignment file and shows it with its due date and status', async () => {
    render(<AssignedScreen />);
    chooseFile(fixture('valid-assignment.json'));
    const card = await screen.findByRole('article', { name: 'Week 1: follow-up basics' });
    expect(within(card).getByTestId('assignment-status').textContent).toBe('Not started');
    expect(within(card).getByText(/^Due: /).textContent).toMatch(/2030/);
    expect(screen.getByTestId('assigned-message').textContent).toContain('was added to your assignments');
  });

  it('refuses a malformed file with every problem and adds nothing', async () => {
    render(<AssignedScreen />);
    chooseFile(fixture('many-errors.json'), 'broken.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“broken.json” is not an assignment this app can use. Nothing was added.');
    expect(alert.textContent).toContain('passMark');
    expect(alert.textContent).toContain('expected a number, got a string');
    expect(useAssignmentsStore.getState().received).toEqual([]);
  });

  it('shows script tags in a crafted file as plain text', async () => {
    render(<AssignedScreen />);
    chooseFile(fixture('script-tags.json'));
    const heading = await screen.findByRole('heading', { name: '<script>alert("owned")</script> Week 1' });
    expect(heading.querySelector('script')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
  });

  it('keeps the saved assignment when a different one with the same id arrives, until the trainee chooses', async () => {
    useAssignmentsStore.getState().receive(loadAssignment());
    render(<AssignedScreen />);
    const changed = { ...JSON.parse(fixture('valid-assignment.json')), title: 'Week 1, revised' };
    chooseFile(JSON.stringify(changed));
    await screen.findByText(/You already have a different assignment/);
    expect(useAssignmentsStore.getState().received[0]?.title).toBe('Week 1: follow-up basics');
    fireEvent.click(screen.getByRole('button', { name: 'Replace mine with the new version' }));
    expect(useAssignmentsStore.getState().received[0]?.title).toBe('Week 1, revised');
  });

  it('shows progress from calls played under the assignment', () => {
    const assignment = loadAssignment();
    useAssignmentsStore.getState().receive(assignment);
    fakeHistoryStore.setState({ records: [fakeRecord('lease-follow-up', GOOD, { assignmentId: assignment.id })] });
    render(<AssignedScreen />);
    const card = screen.getByRole('article', { name: assignment.title });
    expect(within(card).getByTestId('assignment-status').textContent).toBe('In progress');
    expect(within(card).getByText(/1\/3 attempts · best 100 · passed/)).toBeTruthy();
  });

  it('says a scenario failed once its attempts are used up, and why every Play button is greyed out', () => {
    const assignment = { ...loadAssignment(), attemptsAllowed: 2 };
    useAssignmentsStore.getState().receive(assignment);
    const poor = () => fakeRecord('lease-follow-up', POOR, { assignmentId: assignment.id });
    fakeHistoryStore.setState({ records: [poor(), poor()] });
    render(<AssignedScreen />);
    const card = screen.getByRole('article', { name: assignment.title });
    expect(within(card).getByTestId('assignment-status').textContent).toBe('Failed');
    const lease = card.querySelector('[data-scenario="lease-follow-up"]') as HTMLElement;
    expect(lease.textContent).toContain('2/2 attempts');
    expect(lease.textContent).toContain('failed (below 70)');
    expect(within(lease).getByTestId('play-closed').textContent).toBe('No attempts left on this scenario.');
    const other = card.querySelector('[data-scenario="busy-executive"]') as HTMLElement;
    const play = within(other).getByRole('button', { name: /^Play/ }) as HTMLButtonElement;
    expect(play.disabled).toBe(true);
    expect(document.getElementById(play.getAttribute('aria-describedby')!)?.textContent).toMatch(/another scenario of this assignment ran out of attempts/);
  });

  it('shows a series run under way on its card, and Continue opens its next call under the assignment’s rules', async () => {
    const assignment = { ...loadAssignment(), scenarioIds: ['lease-series'] };
    useAssignmentsStore.getState().receive(assignment);
    const part = await leaseRun('part', 'kept', 1, assignment.id);
    fakeHistoryStore.setState({ records: part.records as unknown as CallRecord[] });
    render(<AssignedScreen />);
    const row = document.querySelector('[data-scenario="lease-series"]') as HTMLElement;
    expect(within(row).getByTestId('run-in-progress').textContent).toContain('Run in progress — call 2 of 2 next.');
    expect(row.textContent).toContain('0/3 attempts');
    fireEvent.click(within(row).getByRole('button', { name: /^Continue Art's plates: the promise and the call back: call 2 of 2$/ }));
    expect(useCallStore.getState().plan).toMatchObject({ scenarioId: 'lease-series/promised-call', assignmentId: assignment.id });
    expect(useNavigationStore.getState().route).toEqual({ name: 'briefing', scenarioId: 'lease-series/promised-call' });
  });

  it('plays a series from call 1 for a new attempt once its run is finished, a retry of its last call changing nothing', async () => {
    const assignment = { ...loadAssignment(), scenarioIds: ['lease-series'] };
    useAssignmentsStore.getState().receive(assignment);
    const done = await leaseRun('done', 'broken', 2, assignment.id);
    const retry = await leaseRetry('retry', 'broken', assignment.id);
    fakeHistoryStore.setState({ records: [...done.records, retry.record] as unknown as CallRecord[] });
    render(<AssignedScreen />);
    const row = document.querySelector('[data-scenario="lease-series"]') as HTMLElement;
    expect(row.textContent).toContain(`1/3 attempts · best ${Math.round(done.seriesScore)}`);
    expect(within(row).queryByTestId('run-in-progress')).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: /^Play Art's plates/ }));
    expect(useCallStore.getState().plan?.scenarioId).toBe('lease-series/plates-late');
  });

  it('plays a scenario under the assignment’s rules', () => {
    const assignment = loadAssignment();
    useAssignmentsStore.getState().receive(assignment);
    render(<AssignedScreen />);
    const row = document.querySelector('[data-scenario="busy-executive"]') as HTMLElement;
    fireEvent.click(within(row).getByRole('button'));
    // No difficulty in the assignment: the scenario's own, fixed for the call.
    expect(useCallStore.getState().plan).toMatchObject({
      scenarioId: 'busy-executive',
      mode: 'guided',
      personaKind: 'scripted',
      difficulty: 'medium',
      assignmentId: assignment.id,
    });
    expect(useNavigationStore.getState().route).toEqual({ name: 'briefing', scenarioId: 'busy-executive' });
  });

  it('fixes the call at the assignment’s difficulty when it sets one', () => {
    const assignment = { ...loadAssignment(), difficulty: 'easy' as const };
    useAssignmentsStore.getState().receive(assignment);
    render(<AssignedScreen />);
    const row = document.querySelector('[data-scenario="busy-executive"]') as HTMLElement;
    fireEvent.click(within(row).getByRole('button'));
    expect(useCallStore.getState().plan?.difficulty).toBe('easy');
  });

  it('asks for a name before exporting results', () => {
    const assignment = loadAssignment();
    useAssignmentsStore.getState().receive(assignment);
    fakeHistoryStore.setState({ records: [fakeRecord('lease-follow-up', GOOD, { assignmentId: assignment.id })] });
    render(<AssignedScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Export results' }));
    expect(screen.getByRole('alert').textContent).toContain('Write your name above first');
  });

  it('refuses pasted text that is not an assignment link', () => {
    render(<AssignedScreen />);
    fireEvent.change(screen.getByLabelText('Assignment link'), { target: { value: 'https://example.com/hello' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open link' }));
    expect(screen.getByRole('alert').textContent).toContain('That is not an assignment link');
  });
});
