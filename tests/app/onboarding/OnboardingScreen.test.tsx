// @vitest-environment jsdom
import '../../support/loadedScenarios';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAssignmentsStore } from '../../../src/app/assignments/assignmentsStore';
import { useCallStore } from '../../../src/app/call/callStore';
import { useNavigationStore } from '../../../src/app/navigation/navigationStore';
import CertificateScreen from '../../../src/app/onboarding/CertificateScreen';
import OnboardingScreen from '../../../src/app/onboarding/OnboardingScreen';
import { ONBOARDING_KEY, useOnboardingStore } from '../../../src/app/onboarding/onboardingStore';
import { onboardingAssignmentId } from '../../../src/core/onboarding/onboardingTrack';
import type { Verdict } from '../../../src/core/scoring/report';
import { fakeRecord, GOOD } from '../../fixtures/assignments/fakeCalls';
import { fakeHistoryStore } from '../assignments/historyMock';

vi.mock('../../../src/app/history/historyStore', async () => ({ useHistoryStore: (await import('../assignments/historyMock')).fakeHistoryStore }));

/** A finished track call in history with the given score and the lesson's own principle met (or as given). */
function trackCall(stepId: string, score: number, verdict: Verdict = 'met') {
  const step = useOnboardingStore.getState().track.steps.find((s) => s.id === stepId)!;
  const record = fakeRecord(step.scenarioId!, GOOD, { assignmentId: onboardingAssignmentId(step.id) });
  const principles = [...record.report.principles.filter((p) => p.id !== step.id), { id: step.id, verdict, score: verdict === 'met' ? 100 : 0, evidence: [] }];
  return { ...record, report: { ...record.report, overall: score, principles } };
}

const statusOf = (stepId: string) => document.querySelector(`[data-step="${stepId}"]`)?.getAttribute('data-status');

describe('OnboardingScreen', () => {
  beforeEach(() => {
    localStorage.clear();
    useOnboardingStore.setState({ loaded: false, notices: [] });
    useAssignmentsStore.setState({ loaded: false, received: [], created: [], setAside: [], traineeName: '', saveError: undefined });
    fakeHistoryStore.setState({ records: [] });
  });
  afterEach(cleanup);

  it('shows one lesson per principle with only the first open', () => {
    render(<OnboardingScreen />);
    const steps = useOnboardingStore.getState().track.steps;
    expect(screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-step'))).toHaveLength(8);
    expect(steps.map((s) => statusOf(s.id))).toEqual(['open', 'locked', 'locked', 'locked', 'locked', 'locked', 'locked', 'locked']);
    const first = screen.getByRole('listitem', { name: steps[0]!.lesson.title });
    expect(within(first).getByText('Weak')).toBeTruthy();
    expect(within(first).getByText(steps[0]!.lesson.weak)).toBeTruthy();
    expect(within(first).getByText(/^From: /).textContent).toContain(steps[0]!.lesson.sources[0]);
  });

  it('starts the practice call under the track’s rules', () => {
    render(<OnboardingScreen />);
    const step = useOnboardingStore.getState().track.steps[0]!;
    fireEvent.click(screen.getByRole('button', { name: 'Start the call' }));
    expect(useCallStore.getState().plan).toMatchObject({
      scenarioId: step.scenarioId,
      mode: 'guided',
      personaKind: 'scripted',
      assignmentId: `onboarding:${step.id}`,
      returnTo: { hash: '#/onboarding' },
    });
    expect(useNavigationStore.getState().route).toEqual({ name: 'briefing', scenarioId: step.scenarioId });
  });

  it('unlocks the next scenario after a pass, and not after a fail', () => {
    render(<OnboardingScreen />);
    const [first, second] = useOnboardingStore.getState().track.steps;
    act(() => fakeHistoryStore.setState({ records: [trackCall(first!.id, 55)] }));
    expect([statusOf(first!.id), statusOf(second!.id)]).toEqual(['open', 'locked']);
    // A good score without the lesson's own principle does not pass either.
    act(() => fakeHistoryStore.setState((s) => ({ records: [...s.records, trackCall(first!.id, 92, 'missed')] })));
    expect([statusOf(first!.id), statusOf(second!.id)]).toEqual(['open', 'locked']);
    act(() => fakeHistoryStore.setState((s) => ({ records: [...s.records, trackCall(first!.id, 81)] })));
    expect([statusOf(first!.id), statusOf(second!.id)]).toEqual(['passed', 'open']);
    expect(screen.getByText('of 8 lessons passed').textContent).toBe('1 of 8 lessons passed');
    expect(JSON.parse(localStorage.getItem(ONBOARDING_KEY)!).steps[first!.id].passedAt).toBeTruthy();
  });

  it('keeps unreadable saved progress aside and says so', () => {
    localStorage.setItem(ONBOARDING_KEY, '{broken');
    render(<OnboardingScreen />);
    expect(screen.getByRole('status').textContent).toContain('could not be read');
    expect(localStorage.getItem(`${ONBOARDING_KEY}.unreadable`)).toBe('{broken');
  });

  it('offers the certificate once every lesson is passed, and prints it', () => {
    const steps = useOnboardingStore.getState().track.steps;
    fakeHistoryStore.setState({ records: steps.map((s, i) => ({ ...trackCall(s.id, 90), endedAt: `2026-03-0${i + 1}T10:00:00.000Z` })) });
    render(<OnboardingScreen />);
    expect(screen.getByRole('link', { name: 'See your certificate' })).toBeTruthy();
    cleanup();
    const print = vi.fn();
    window.print = print;
    render(<CertificateScreen />);
    fireEvent.change(screen.getByLabelText('Name on the certificate'), { target: { value: 'Robin Park' } });
    expect(screen.getByText('Robin Park', { selector: '.wf-certificate-name' })).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(9);
    fireEvent.click(screen.getByRole('button', { name: 'Print the certificate' }));
    expect(print).toHaveBeenCalled();
  });

  it('has no certificate before the track is done', () => {
    render(<CertificateScreen />);
    expect(screen.getByText(/appears once every lesson/)).toBeTruthy();
  });
});
