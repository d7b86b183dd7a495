// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ResultsScreen from '../../../src/app/results/ResultsScreen';
import { describeOutcome } from '../../../src/app/results/describeOutcome';
import { useSettingsStore } from '../../../src/app/settings/settingsStore';
import { MotionProvider } from '../../../src/app/shell/MotionProvider';
import { playedRecord, resetAppStores, seedHistory } from '../../support/appState';

function renderResults(recordId: string) {
  return render(
    <MotionProvider>
      <ResultsScreen recordId={recordId} />
    </MotionProvider>,
  );
}

beforeEach(() => {
  resetAppStores();
  useSettingsStore.setState({ motion: 'reduce' });
});
afterEach(cleanup);

describe('the results screen', () => {
  it('shows the overall score, the medal and a way into the replay', async () => {
    const record = await playedRecord('busy-executive', 'good');
    seedHistory([record]);
    renderResults(record.id);
    const overall = Math.round(record.report.overall);
    expect(screen.getByText(`Score ${overall} out of 100`)).toBeTruthy();
    expect(screen.getByTestId('score-value').textContent).toBe(String(overall));
    expect(screen.getByTestId('medal').textContent).toBe('Gold medal');
    expect(screen.getByRole('link', { name: /Replay/ }).getAttribute('href')).toBe(`#/replay/${record.id}`);
    expect(screen.getByRole('link', { name: 'Try again' }).getAttribute('href')).toBe('#/briefing/busy-executive');
  });

  it('sets the trainee’s goal beside what the call achieved', async () => {
    const record = await playedRecord('busy-executive', 'bad', { goal: 'Book the demo with Kim' });
    seedHistory([record]);
    renderResults(record.id);
    const compare = screen.getByRole('region', { name: 'Your goal and what the call achieved' });
    expect(within(compare).getByText('“Book the demo with Kim”')).toBeTruthy();
    expect(within(compare).getByText('Wendy hung up.')).toBeTruthy();
    expect(within(compare).getByText('No concrete next step was agreed')).toBeTruthy();
  });

  it('lists each principle that applied with its verdict, evidence quotes and source, missed ones first', async () => {
    const record = await playedRecord('busy-executive', 'bad');
    seedHistory([record]);
    renderResults(record.id);
    const list = screen.getByRole('region', { name: 'Principle by principle' });
    const items = within(list).getAllByRole('listitem').filter((li) => li.classList.contains('verdict'));
    const applied = record.report.principles.filter((p) => p.verdict !== 'n/a');
    expect(items).toHaveLength(applied.length);
    expect(items[0]!.textContent).toMatch(/Missed/);
    const purpose = items.find((li) => within(li).queryByRole('heading', { name: 'Lead with a purpose' }))!;
    expect(within(purpose).getByText('“I just called to see how things are going.”'.slice(1, -1))).toBeTruthy();
    expect(within(purpose).getByText(/Source:/)).toBeTruthy();
  });

  it('says the call is not found when history does not have it', () => {
    renderResults('missing');
    expect(screen.getByRole('heading', { name: 'Call not found' })).toBeTruthy();
  });
});

describe('what the call achieved', () => {
  it('puts achievements first and names how the call ended', async () => {
    const record = await playedRecord('lease-follow-up', 'good');
    const outcome = describeOutcome(record, 'Art Mitchell');
    expect(outcome.headline).toBe('Art agreed, and the call ended on a high.');
    expect(outcome.points[0]!.achieved).toBe(true);
  });
});
