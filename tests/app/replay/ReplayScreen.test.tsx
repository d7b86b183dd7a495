// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ReplayScreen from '../../../src/app/replay/ReplayScreen';
import { useSettingsStore } from '../../../src/app/settings/settingsStore';
import { MotionProvider } from '../../../src/app/shell/MotionProvider';
import { playedRecord, resetAppStores, seedHistory } from '../../support/appState';

function renderReplay(recordId: string) {
  return render(
    <MotionProvider>
      <ReplayScreen recordId={recordId} />
    </MotionProvider>,
  );
}

beforeEach(() => {
  resetAppStores();
  useSettingsStore.setState({ motion: 'reduce' });
  // Each test opens the replay afresh, as a new history entry does, not where the last test left it.
  window.history.replaceState(null, '');
});
afterEach(cleanup);

describe('the replay screen', () => {
  it('labels the lines Kim said with her name, and Wendy’s with Wendy’s', async () => {
    const lines = [
      "Hi Wendy, Jordan from Clearline; I've taken over from Priya. I'm calling to book the staff demo you agreed with her. Is now OK for one minute?",
      "Could I speak to Kim to book it, so I don't take more of your time?",
      "Hi Kim, it's Jordan. Wendy's happy to go ahead with her team's demo. Could we put it in for Thursday the 23rd at 10?",
    ];
    const record = await playedRecord('busy-executive', 'good', { lines, id: 'through-kim' });
    seedHistory([record]);
    renderReplay(record.id);
    fireEvent.keyDown(window, { key: 'End' });
    const labels = [...document.querySelectorAll('.replay-bubble .bubble-speaker')].map((label) => label.textContent);
    expect(labels).toEqual(['Wendy · line 1', 'You · line 2', 'Wendy · line 3', 'You · line 4', 'Wendy · line 5', 'You · line 6', 'Kim · line 7']);
    expect(document.querySelector('[data-turn="6"]')?.classList.contains('replay-turn-gatekeeper')).toBe(true);
    expect(screen.getByRole('heading', { name: 'Line 7 · Kim' })).toBeTruthy();
  });

  it('starts at the first turn and steps with the arrow keys', async () => {
    const record = await playedRecord('busy-executive', 'bad');
    seedHistory([record]);
    renderReplay(record.id);
    expect(screen.getByTestId('replay-position').textContent).toMatch(/^Line 1 of/);
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(screen.getByTestId('replay-position').textContent).toMatch(/^Line 2 of/);
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(screen.getByTestId('replay-position').textContent).toMatch(/^Line 1 of/);
  });

  it('opens again on the line it was left on when Back or Forward returns to its history entry', async () => {
    const record = await playedRecord('busy-executive', 'bad');
    seedHistory([record]);
    renderReplay(record.id);
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    cleanup();
    renderReplay(record.id);
    expect(screen.getByTestId('replay-position').textContent).toMatch(/^Line 3 of/);
  });

  it('pins the purposeless opener as a mistake on its turn, with commentary, source and a line to try instead', async () => {
    const record = await playedRecord('busy-executive', 'bad');
    seedHistory([record]);
    renderReplay(record.id);
    fireEvent.click(screen.getByRole('button', { name: /Next mistake/ }));
    expect(screen.getByTestId('replay-position').textContent).toMatch(/^Line 2 of \d+ · mistakes? 1(–\d+)? of/);
    const card = await screen.findByRole('article', { name: 'Mistake: Lead with a purpose' });
    const mistake = record.report.mistakes.find((m) => m.turn === 1 && m.principle === 'purpose-first')!;
    expect(within(card).getByText(mistake.commentary)).toBeTruthy();
    expect(within(card).getByText(`“${mistake.betterLine}”`)).toBeTruthy();
    expect(within(card).getByText(/^Source:/)).toBeTruthy();
    expect(document.querySelector('[data-turn="1"]')?.getAttribute('aria-current')).toBe('step');
  });

  it('gives the timeline one Tab stop, on the current turn, and keeps focus on it as the arrows move', async () => {
    const record = await playedRecord('busy-executive', 'bad');
    seedHistory([record]);
    renderReplay(record.id);
    const dots = within(screen.getByRole('list', { name: 'Lines' })).getAllByRole('button');
    expect(dots.filter((dot) => dot.tabIndex === 0)).toEqual([dots[0]]);
    dots[0]!.focus();
    fireEvent.keyDown(dots[0]!, { key: 'ArrowDown' });
    const first = Math.min(...record.report.mistakes.map((m) => m.turn));
    const focused = document.activeElement as HTMLButtonElement;
    expect(focused.getAttribute('aria-label')).toBe(`Line ${first + 1}, you, mistake`);
    expect(focused.tabIndex).toBe(0);
    expect(dots[0]!.tabIndex).toBe(-1);
  });

  it('moves between mistakes with the up and down arrows', async () => {
    const record = await playedRecord('busy-executive', 'bad');
    seedHistory([record]);
    renderReplay(record.id);
    fireEvent.keyDown(window, { key: 'ArrowDown' });
    fireEvent.keyDown(window, { key: 'ArrowDown' });
    const second = [...new Set(record.report.mistakes.map((m) => m.turn))].sort((a, b) => a - b)[1]!;
    expect(screen.getByTestId('replay-position').textContent).toMatch(new RegExp(`^Line ${second + 1} of`));
    fireEvent.keyDown(window, { key: 'ArrowUp' });
    expect(screen.getByTestId('replay-position').textContent).toMatch(/^Line 2 of/);
  });

  it('plays and pauses with the space bar', async () => {
    const record = await playedRecord('busy-executive', 'bad');
    seedHistory([record]);
    renderReplay(record.id);
    fireEvent.keyDown(window, { key: ' ' });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    fireEvent.keyDown(window, { key: ' ' });
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('shows what worked on a turn of a good call', async () => {
    const record = await playedRecord('busy-executive', 'good');
    seedHistory([record]);
    renderReplay(record.id);
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(await screen.findByText('What worked here')).toBeTruthy();
  });

  it('always shows the current turn’s commentary, and only that, however fast the turns are stepped', async () => {
    useSettingsStore.setState({ motion: 'full' });
    const record = await playedRecord('busy-executive', 'bad');
    seedHistory([record]);
    renderReplay(record.id);
    for (let i = 0; i < 6; i += 1) fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    const shown = Number(/^Line (\d+) of/.exec(screen.getByTestId('replay-position').textContent ?? '')![1]);
    const panels = document.querySelectorAll('.coach-inner');
    expect(panels).toHaveLength(1);
    expect(panels[0]!.getAttribute('data-turn')).toBe(String(shown - 1));
  });
});
