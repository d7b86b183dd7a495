// @vitest-environment jsdom
import '../../support/loadedScenarios';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CallScreen from '../../../src/app/call/CallScreen';
import { CallSidePanel } from '../../../src/app/call/CallSidePanel';
import { CallStoreProvider } from '../../../src/app/call/useCall';
import { scenarioById } from '../../../src/app/scenarios/scenarioCatalog';
import { useSettingsStore } from '../../../src/app/settings/settingsStore';
import { MotionProvider } from '../../../src/app/shell/MotionProvider';
import type { Turn } from '../../../src/core/transcript';
import { resetAppStores } from '../../support/appState';
import { fixtureLines } from '../../support/callDriver';
import { testCallStore } from '../../support/testCallStore';

const lease = scenarioById('lease-follow-up')!;

/** The recorded scripted-persona transcript of a scenario's good or bad lines. */
function goldenTurns(id: string, which: 'good' | 'bad'): Turn[] {
  return (JSON.parse(readFileSync(`tests/fixtures/persona/${id}-${which}.json`, 'utf8')) as { turns: Turn[] }).turns;
}

function renderPanel(turns: readonly Turn[], scenario = lease) {
  return render(
    <MotionProvider>
      <CallSidePanel scenario={scenario} goal="Plates by Thursday" turns={turns} />
    </MotionProvider>,
  );
}

function openItems() {
  return within(screen.getByRole('region', { name: /Open items/ })).getAllByRole('listitem');
}

beforeEach(() => {
  resetAppStores();
  useSettingsStore.setState({ motion: 'reduce' });
});
afterEach(cleanup);

describe('the open items checklist', () => {
  it('lists every briefing item plainly before anything is said', () => {
    renderPanel(goldenTurns('lease-follow-up', 'good').slice(0, 1));
    const items = openItems();
    expect(items.map((li) => li.textContent)).toEqual(lease.briefing.openItems);
    expect(items.map((li) => li.dataset.state)).toEqual(['open', 'open']);
    expect(screen.getByText('0 of 2 done')).toBeTruthy();
  });

  it('ticks the plates with “Done” in text once the rep gives a dated plan', () => {
    renderPanel(goldenTurns('lease-follow-up', 'good').slice(0, 2));
    const [plates, oil] = openItems();
    expect(plates!.dataset.state).toBe('handled');
    expect(plates!.textContent).toBe(`Done: ${lease.briefing.openItems[0]}`);
    expect(plates!.querySelector('.call-checklist-tick svg')).toBeTruthy();
    expect(oil!.dataset.state).toBe('open');
    expect(screen.getByText('1 of 2 done')).toBeTruthy();
  });

  it('marks the plates as raised but not resolved while Art is still waiting for an answer', () => {
    const turns = goldenTurns('lease-follow-up', 'bad');
    const raisedAt = turns.findIndex((turn) => turn.speaker === 'customer' && /plates/i.test(turn.text));
    renderPanel(turns.slice(0, raisedAt + 1));
    const [plates] = openItems();
    expect(plates!.dataset.state).toBe('raised');
    expect(within(plates!).getByText('Raised, not yet resolved:', { exact: false }).className).toBe('visually-hidden');
    expect(within(plates!).getByText('Raised, not resolved yet')).toBeTruthy();
    expect(plates!.querySelector('.call-checklist-tick')).toBeNull();
  });

  it('ticks items off as new turns arrive', () => {
    const turns = goldenTurns('lease-follow-up', 'good');
    const { rerender } = renderPanel(turns.slice(0, 1));
    rerender(
      <MotionProvider>
        <CallSidePanel scenario={lease} goal="Plates by Thursday" turns={turns.slice(0, 4)} />
      </MotionProvider>,
    );
    expect(openItems().map((li) => li.dataset.state)).toEqual(['handled', 'handled']);
    expect(screen.getByText('2 of 2 done')).toBeTruthy();
  });

  it('never ticks an item the call cannot check, and counts only the ones it can', () => {
    const quote = scenarioById('quote-follow-up')!;
    renderPanel(goldenTurns('quote-follow-up', 'good'), quote);
    const [sent, surcharge] = openItems();
    expect(sent!.dataset.state).toBe('open');
    expect(sent!.dataset.linked).toBeUndefined();
    expect(sent!.textContent).toBe(quote.briefing.openItems[0]);
    expect(surcharge!.dataset.state).toBe('handled');
    expect(screen.getByText('1 of 1 done')).toBeTruthy();
  });

  it('shows no count when no item can be checked', () => {
    const third = scenarioById('third-call')!;
    renderPanel([], { ...third, briefing: { ...third.briefing, openItems: ['Reorders every two weeks.', 'Prefers calls before nine.'] } });
    expect(openItems()).toHaveLength(2);
    expect(screen.queryByText(/ done$/)).toBeNull();
  });

  it('ticks the plates on the call screen after the rep’s first good line', async () => {
    const useCallStore = testCallStore();
    useSettingsStore.setState({ mode: 'free' });
    await act(() => useCallStore.getState().startCall(lease, { goal: 'Plates by Thursday', personaKind: 'scripted', difficulty: 'easy' }));
    render(
      <CallStoreProvider store={useCallStore}>
        <MotionProvider>
          <CallScreen />
        </MotionProvider>
      </CallStoreProvider>,
    );
    expect(openItems()[0]!.dataset.state).toBe('open');
    const input = screen.getByRole('textbox', { name: 'What you say to Art' });
    fireEvent.change(input, { target: { value: fixtureLines('lease-follow-up').good[0] } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(openItems()[0]!.dataset.state).toBe('handled'));
    expect(openItems()[0]!.textContent).toMatch(/^Done: License plates/);
  });
});
