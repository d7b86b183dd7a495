// @vitest-environment jsdom
import '../../support/loadedScenarios';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAssignmentsStore } from '../../../src/app/assignments/assignmentsStore';
import CertificateScreen from '../../../src/app/onboarding/CertificateScreen';
import { ONBOARDING_KEY, useOnboardingStore } from '../../../src/app/onboarding/onboardingStore';
import { emptyProgress, type OnboardingProgress } from '../../../src/core/onboarding/onboardingProgress';
import { onboardingAssignmentId } from '../../../src/core/onboarding/onboardingTrack';
import { fakeRecord, GOOD } from '../../fixtures/assignments/fakeCalls';
import { fakeHistoryStore } from '../assignments/historyMock';

vi.mock('../../../src/app/history/historyStore', async () => ({ useHistoryStore: (await import('../assignments/historyMock')).fakeHistoryStore }));

const steps = () => useOnboardingStore.getState().track.steps;

/** Saved progress claiming every lesson passed with full marks, as someone editing localStorage would write it. */
function forgedProgress(): OnboardingProgress {
  const progress = emptyProgress();
  for (const step of steps()) progress.steps[step.id] = { attempts: 1, best: 100, passedAt: '2026-03-01T10:00:00.000Z', recordIds: [`forged-${step.id}`] };
  progress.lessonsRead = steps().map((s) => s.id);
  return progress;
}

/** A passing track call in history for a step. */
function passingCall(stepId: string, day: number) {
  const step = steps().find((s) => s.id === stepId)!;
  const record = fakeRecord(step.scenarioId!, GOOD, { assignmentId: onboardingAssignmentId(step.id) });
  const principles = [...record.report.principles.filter((p) => p.id !== step.id), { id: step.id, verdict: 'met' as const, score: 100, evidence: [] }];
  return {
    ...record,
    id: `call-${stepId}`,
    endedAt: `2026-03-${String(day).padStart(2, '0')}T10:00:00.000Z`,
    report: { ...record.report, overall: 88, principles },
  };
}

describe('the new-hire certificate', () => {
  beforeEach(() => {
    localStorage.clear();
    useOnboardingStore.setState({ loaded: false, notices: [], progress: emptyProgress() });
    useAssignmentsStore.setState({ loaded: false, received: [], created: [], setAside: [], traineeName: '', saveError: undefined });
    fakeHistoryStore.setState({ records: [], loaded: true });
  });
  afterEach(cleanup);

  it('is not printed from forged saved progress whose calls are not in History, and says why', () => {
    localStorage.setItem(ONBOARDING_KEY, JSON.stringify(forgedProgress()));
    render(<CertificateScreen />);
    expect(screen.queryByText('Certificate of completion')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Print the certificate' })).toBeNull();
    expect(
      screen.getByText(/Your saved progress says the track is complete, but the calls that passed 8 lessons .* are not in this browser’s History/),
    ).toBeTruthy();
  });

  it('counts only the lessons History backs: one real pass among forged ones is not a certificate', () => {
    localStorage.setItem(ONBOARDING_KEY, JSON.stringify(forgedProgress()));
    fakeHistoryStore.setState({ records: [passingCall(steps()[0]!.id, 1)] });
    render(<CertificateScreen />);
    expect(screen.queryByText('Certificate of completion')).toBeNull();
    expect(screen.getByText(/the calls that passed 7 lessons/)).toBeTruthy();
  });

  it('is printed from the calls in History, with their scores and the date of the last pass', () => {
    fakeHistoryStore.setState({ records: steps().map((s, i) => passingCall(s.id, i + 1)) });
    render(<CertificateScreen />);
    expect(screen.getByText('Certificate of completion')).toBeTruthy();
    expect(
      screen
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.lastElementChild?.textContent),
    ).toEqual(steps().map(() => '88'));
    expect(screen.getByText(/^Completed /).textContent).toContain('2026');
  });

  it('waits for History before deciding', () => {
    localStorage.setItem(ONBOARDING_KEY, JSON.stringify(forgedProgress()));
    fakeHistoryStore.setState({ loaded: false });
    render(<CertificateScreen />);
    expect(screen.queryByText('Certificate of completion')).toBeNull();
    expect(screen.queryByText(/not in this browser’s History/)).toBeNull();
  });
});
