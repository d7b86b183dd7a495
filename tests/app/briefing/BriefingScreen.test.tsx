// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import BriefingScreen from '../../../src/app/briefing/BriefingScreen';
import type { CallFlowActions } from '../../../src/app/call/callState';
import { useCallStore } from '../../../src/app/call/callStore';
import { useNavigationStore } from '../../../src/app/navigation/navigationStore';
import { useSettingsStore } from '../../../src/app/settings/settingsStore';
import { MotionProvider } from '../../../src/app/shell/MotionProvider';
import { resetAppStores } from '../../support/appState';

function renderBriefing(scenarioId: string) {
  return render(
    <MotionProvider>
      <BriefingScreen scenarioId={scenarioId} />
    </MotionProvider>,
  );
}

let startCall: ReturnType<typeof vi.fn<CallFlowActions['startCall']>>;

beforeEach(() => {
  resetAppStores();
  startCall = vi.fn<CallFlowActions['startCall']>(async () => undefined);
  useCallStore.setState({ startCall });
});
afterEach(cleanup);

describe('the briefing screen', () => {
  it('shows the account as a CRM card: who, notes, open items and the manager’s goal', () => {
    renderBriefing('busy-executive');
    const card = screen.getByRole('article', { name: 'Wendy Park' });
    expect(within(card).getByRole('heading', { name: 'Account notes' })).toBeTruthy();
    expect(within(card).getByRole('heading', { name: 'Open items' })).toBeTruthy();
    expect(within(card).getByText(/Kim \(Wendy's assistant\)/)).toBeTruthy();
    expect(within(card).getByRole('heading', { name: /What your manager expects/ })).toBeTruthy();
  });

  it('will not dial without a one-line goal', () => {
    renderBriefing('lease-follow-up');
    fireEvent.click(screen.getByRole('button', { name: 'Call Art' }));
    expect(screen.getByRole('alert').textContent).toMatch(/Write your goal first/);
    expect(screen.getByLabelText('Your goal for this call').getAttribute('aria-invalid')).toBe('true');
    expect(startCall).not.toHaveBeenCalled();
  });

  it('dials with the goal and the chosen settings, and opens the call', () => {
    useSettingsStore.setState({ difficulty: 'hard' });
    renderBriefing('lease-follow-up');
    fireEvent.change(screen.getByLabelText('Your goal for this call'), { target: { value: '  Date for the plates  ' } });
    fireEvent.submit(screen.getByRole('button', { name: 'Call Art' }).closest('form')!);
    expect(startCall).toHaveBeenCalledWith(expect.objectContaining({ id: 'lease-follow-up' }), {
      goal: 'Date for the plates',
      personaKind: 'scripted',
      difficulty: 'hard',
      forcedMode: undefined,
      assignmentId: undefined,
    });
    expect(useNavigationStore.getState().route).toEqual({ name: 'call' });
  });

  it('switches between guided and free text before the call', () => {
    renderBriefing('lease-follow-up');
    fireEvent.click(screen.getByRole('button', { name: 'Free text' }));
    expect(useSettingsStore.getState().mode).toBe('free');
    expect(screen.getByRole('button', { name: 'Free text' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('plays under an assignment’s rules when a plan is set for this scenario', () => {
    useCallStore.getState().setPlan({ scenarioId: 'lease-follow-up', mode: 'free', assignmentId: 'a1', label: 'Assignment: Week 1' });
    renderBriefing('lease-follow-up');
    expect(screen.getByText('Assignment: Week 1')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Guided' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Your goal for this call'), { target: { value: 'Plates' } });
    fireEvent.click(screen.getByRole('button', { name: 'Call Art' }));
    expect(startCall).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ forcedMode: 'free', assignmentId: 'a1' }));
  });

  it('lets the trainee drop a track or assignment’s rules that are still set, and practise on their own', () => {
    useCallStore
      .getState()
      .setPlan({ scenarioId: 'lease-follow-up', mode: 'guided', assignmentId: 'onboarding:own-the-issue', label: 'New-hire track, lesson 2' });
    renderBriefing('lease-follow-up');
    fireEvent.click(screen.getByRole('button', { name: 'Practise on your own instead' }));
    expect(screen.queryByText('New-hire track, lesson 2')).toBeNull();
    expect(screen.getByRole('button', { name: 'Guided' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Your goal for this call'), { target: { value: 'Plates' } });
    fireEvent.click(screen.getByRole('button', { name: 'Call Art' }));
    expect(startCall).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ assignmentId: undefined }));
  });

  it('plays at the difficulty an assignment fixes, whatever the settings say, with nothing to change', () => {
    useSettingsStore.setState({ difficulty: 'easy' });
    useCallStore.getState().setPlan({ scenarioId: 'lease-follow-up', mode: 'guided', personaKind: 'scripted', difficulty: 'hard', assignmentId: 'a1' });
    renderBriefing('lease-follow-up');
    const line = screen.getByText(/Hard difficulty/);
    expect(line.textContent).toMatch(/set for this call/);
    expect(within(line).queryByRole('link', { name: 'change' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Your goal for this call'), { target: { value: 'Plates' } });
    fireEvent.click(screen.getByRole('button', { name: 'Call Art' }));
    expect(startCall).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ difficulty: 'hard', assignmentId: 'a1' }));
  });

  it('says so when the scenario does not exist', () => {
    renderBriefing('no-such-scenario');
    expect(screen.getByRole('heading', { name: 'Scenario not found' })).toBeTruthy();
  });
});
