// @vitest-environment jsdom
import '../../support/loadedScenarios';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useAssignmentsStore } from '../../../src/app/assignments/assignmentsStore';
import { useHistoryStore } from '../../../src/app/history/historyStore';
import { CallOutcomeNotice } from '../../../src/app/results/CallOutcomeNotice';
import type { CallRecord } from '../../../src/core/history/callRecord';
import { loadAssignment } from '../../fixtures/assignments/fakeCalls';
import { resetAppStores } from '../../support/appState';
import { leaseRetry, leaseRun } from '../../core/assignments/seriesAttemptsFixture';

const assignment = { ...loadAssignment(), scenarioIds: ['lease-series'] };

/** Shows the notice of `record` with these calls in History (the series calls carry what the notice reads). */
function noticeFor(record: { id: string }, records: readonly { id: string }[]): string {
  useHistoryStore.setState({ records: records as unknown as CallRecord[] });
  render(<CallOutcomeNotice record={record as unknown as CallRecord} />);
  return screen.getByTestId('call-outcome').textContent ?? '';
}

beforeEach(() => {
  resetAppStores();
  useAssignmentsStore.setState({ loaded: true, received: [assignment], created: [], setAside: [], traineeName: '', saveError: undefined });
});
afterEach(cleanup);

describe('the results notice of an assigned series call', () => {
  it('says the run is in progress, with the call to play next, while its last call is not played', async () => {
    const part = await leaseRun('part', 'kept', 1, assignment.id);
    expect(noticeFor(part.records[0]!, part.records)).toContain(`Assignment “${assignment.title}”: series in progress, call 2 of 2 next.`);
  });

  it('judges a finished run on its series score', async () => {
    const done = await leaseRun('done', 'broken', 2, assignment.id);
    expect(noticeFor(done.records[1]!, done.records)).toContain(`The series scored ${Math.round(done.seriesScore)}; the pass mark is 70.`);
  });

  it('says a retry of a finished run’s last call is practice, and the finished run keeps its score', async () => {
    const done = await leaseRun('done', 'broken', 2, assignment.id);
    const retry = await leaseRetry('retry', 'broken', assignment.id);
    const records = [...done.records, retry.record];
    expect(noticeFor(retry.record, records)).toContain(`Assignment “${assignment.title}”: practice, not counted.`);
    cleanup();
    expect(noticeFor(done.records[1]!, records)).toContain(`The series scored ${Math.round(done.seriesScore)};`);
  });
});
