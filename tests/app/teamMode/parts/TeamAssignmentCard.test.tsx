// @vitest-environment jsdom
import '../../../support/loadedScenarios';
import { cleanup, fireEvent, render, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useCallStore } from '../../../../src/app/call/callStore';
import { useHistoryStore } from '../../../../src/app/history/historyStore';
import { TeamAssignmentCard } from '../../../../src/app/teamMode/parts/TeamAssignmentCard';
import type { MyAssignment, ScenarioStanding } from '../../../../src/app/teamMode/teamApiTypes';
import type { CallRecord } from '../../../../src/core/history/callRecord';
import { loadAssignment } from '../../../fixtures/assignments/fakeCalls';
import { resetAppStores } from '../../../support/appState';
import { leaseRun } from '../../../core/assignments/seriesAttemptsFixture';

const standing: ScenarioStanding = {
  scenarioId: 'lease-series',
  state: 'not-started',
  attemptsAllowed: 2,
  attempts: 0,
  attemptsLeft: 2,
  extraAttempts: 0,
  best: null,
  canPlay: true,
  runInProgress: null,
};

function row(scenario: Partial<ScenarioStanding> = {}): MyAssignment {
  return {
    id: 'server-assignment',
    teamId: 'team',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: null,
    archivedAt: null,
    assignment: { ...loadAssignment(), scenarioIds: ['lease-series'] },
    progress: { status: 'in-progress', scenarios: [{ ...standing, ...scenario }], countedCallIds: [], lastActivity: null },
  };
}

const seriesRow = (card: HTMLElement) => card.querySelector('[data-scenario="lease-series"]') as HTMLElement;

beforeEach(resetAppStores);
afterEach(cleanup);

describe('a team assignment card with a follow-up series', () => {
  it('shows the run the server has in progress, and Continue opens its next call', () => {
    const run = { callIds: ['a'], startedAt: '2026-01-10T10:00:00.000Z', next: 1, total: 2, nextCallId: 'lease-series/promised-call' };
    const { container } = render(<TeamAssignmentCard row={row({ state: 'open', runInProgress: run })} />);
    const line = seriesRow(container);
    expect(within(line).getByTestId('run-in-progress').textContent).toContain('Run in progress — call 2 of 2 next.');
    fireEvent.click(within(line).getByRole('button', { name: /^Continue Art's plates.*: call 2 of 2$/ }));
    expect(useCallStore.getState().plan).toMatchObject({ scenarioId: 'lease-series/promised-call', assignmentId: 'server-assignment' });
  });

  it('continues the run in this browser’s history before the server has counted its call', async () => {
    const part = await leaseRun('part', 'kept', 1, 'server-assignment');
    useHistoryStore.setState({ records: part.records as unknown as CallRecord[] });
    const { container } = render(<TeamAssignmentCard row={row()} />);
    fireEvent.click(within(seriesRow(container)).getByRole('button', { name: /^Continue Art's plates/ }));
    expect(useCallStore.getState().plan?.scenarioId).toBe('lease-series/promised-call');
  });

  it('starts a new attempt at call 1 when no run is under way', () => {
    const { container } = render(<TeamAssignmentCard row={row()} />);
    expect(within(seriesRow(container)).queryByTestId('run-in-progress')).toBeNull();
    fireEvent.click(within(seriesRow(container)).getByRole('button', { name: /^Play Art's plates/ }));
    expect(useCallStore.getState().plan?.scenarioId).toBe('lease-series/plates-late');
  });
});
