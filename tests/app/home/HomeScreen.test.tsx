// @vitest-environment jsdom
import '../../support/loadedScenarios';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCallStore } from '../../../src/app/call/callStore';
import { HomeScreen } from '../../../src/app/home/HomeScreen';
import { useNavigationStore } from '../../../src/app/navigation/navigationStore';
import { scenarioById } from '../../../src/app/scenarios/scenarioCatalog';
import { MotionProvider } from '../../../src/app/shell/MotionProvider';
import { playedRecord, resetAppStores, seedHistory } from '../../support/appState';

function renderHome() {
  return render(
    <MotionProvider>
      <HomeScreen />
    </MotionProvider>,
  );
}

beforeEach(resetAppStores);
afterEach(cleanup);

describe('the home screen', () => {
  it('drops an assignment plan, so a call started from Home counts as self-practice', () => {
    useCallStore.getState().setPlan({ scenarioId: 'lease-follow-up', assignmentId: 'week-1', mode: 'guided', personaKind: 'scripted' });
    renderHome();
    expect(useCallStore.getState().plan).toBeUndefined();
  });

  it('explains the game in three lines on a first visit, and not after it is dismissed', () => {
    renderHome();
    const intro = screen.getByRole('region', { name: 'How Dialed In works' });
    expect(within(intro).getAllByRole('listitem')).toHaveLength(3);
    // A first-time visitor is pointed at the new-hire track before the scenario cards.
    expect(within(intro).getByRole('link', { name: 'new-hire track' }).getAttribute('href')).toBe('#/onboarding');
    fireEvent.click(within(intro).getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('region', { name: 'How Dialed In works' })).toBeNull();
  });

  it('no longer explains the game once a call has been finished', async () => {
    seedHistory([await playedRecord('lease-follow-up', 'good')]);
    renderHome();
    expect(screen.queryByRole('region', { name: 'How Dialed In works' })).toBeNull();
  });

  it('says in one line why a call without a word from the rep was not saved', () => {
    useCallStore.getState().discard('The call ended before you said anything, so there was nothing to score; it was not saved to History.');
    renderHome();
    expect(screen.getByTestId('dropped-call-note').textContent).toContain('not saved to History');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss note' }));
    expect(screen.queryByTestId('dropped-call-note')).toBeNull();
  });

  it('shows a card per scenario with the customer, difficulty, channel and a link to its briefing', () => {
    renderHome();
    const card = screen.getByRole('article', { name: 'One voicemail for Dana' });
    expect(within(card).getByText('Dana Reyes')).toBeTruthy();
    expect(within(card).getByText('Easy')).toBeTruthy();
    expect(within(card).getByText('Voicemail')).toBeTruthy();
    expect(within(card).getByText('Not played yet')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'One voicemail for Dana' }).getAttribute('href')).toBe('#/briefing/not-now-voicemail');
    expect(screen.getAllByRole('article')).toHaveLength(12);
  });

  it('shows the best score so far from history, and the last call to review', async () => {
    const good = await playedRecord('busy-executive', 'good');
    const bad = await playedRecord('busy-executive', 'bad', { id: 'later' });
    seedHistory([good, bad]);
    renderHome();
    const card = screen.getByRole('article', { name: scenarioById('busy-executive')!.title });
    expect(within(card).getByText(`Best ${Math.round(good.report.overall)}`)).toBeTruthy();
    const last = screen.getByRole('region', { name: /Your last call/ });
    expect(within(last).getByRole('link', { name: 'See results' }).getAttribute('href')).toBe('#/results/later');
  });

  it('offers to resume a call interrupted by a reload', () => {
    const resume = vi.fn(async () => undefined);
    const lease = scenarioById('lease-follow-up')!;
    useCallStore.setState({
      phase: 'interrupted',
      resume,
      session: {
        callId: 'c1',
        scenarioId: lease.id,
        scenarioTitle: lease.title,
        channel: 'call',
        seed: 1,
        difficulty: 'easy',
        goal: 'g',
        personaKind: 'scripted',
        usedGuided: false,
        startedAt: '',
        beeped: false,
        turns: [
          { speaker: 'customer', text: 'Art here.' },
          { speaker: 'rep', text: 'Hi Art.' },
        ],
      },
    });
    renderHome();
    const card = screen.getByRole('region', { name: 'Unfinished call with Art Mitchell' });
    expect(within(card).getByText(/you said 1 line/)).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Resume call' }));
    expect(resume).toHaveBeenCalled();
    expect(useNavigationStore.getState().route).toEqual({ name: 'call' });
  });
});
