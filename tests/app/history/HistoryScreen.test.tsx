// @vitest-environment jsdom
import '../../support/loadedScenarios';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import HistoryScreen from '../../../src/app/history/HistoryScreen';
import { createHistoryStore, useHistoryStore } from '../../../src/app/history/historyStore';
import { HomeScreen } from '../../../src/app/home/HomeScreen';
import { MotionProvider } from '../../../src/app/shell/MotionProvider';
import { HistoryStoreProvider } from '../../../src/app/history/useHistory';
import { MemoryHistoryStorage } from '../../../src/app/history/memoryHistoryStorage';
import { makeRecord, reportOf } from './recordFixtures';

function setup(initial: unknown[]) {
  const storage = new MemoryHistoryStorage(initial);
  const store = createHistoryStore({ openStorage: async () => storage, getRescore: () => () => undefined, now: () => new Date(Date.UTC(2025, 4, 6)) });
  render(
    <HistoryStoreProvider store={store}>
      <HistoryScreen />
    </HistoryStoreProvider>,
  );
  return { store, storage };
}

async function loaded() {
  return screen.findByRole('heading', { name: 'Your history' }).then(() => screen.findByText(/Showing|No finished calls/));
}

function chooseFile(text: string | Uint8Array<ArrayBuffer>) {
  const input = screen.getByLabelText('Import history from a JSON file') as HTMLInputElement;
  const file = new File([text], 'history.json', { type: 'application/json' });
  fireEvent.change(input, { target: { files: [file] } });
}

const lease = (n: number, overall: number) => makeRecord(n, { report: reportOf('lease-follow-up', overall) });
const wendy = (n: number, overall: number) => makeRecord(n, { scenarioId: 'busy-executive', report: reportOf('busy-executive', overall) });

beforeEach(() => {
  URL.createObjectURL = vi.fn(() => 'blob:history');
  URL.revokeObjectURL = vi.fn();
  // jsdom cannot follow a download link; the test only needs the click to happen.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(cleanup);

describe('HistoryScreen', () => {
  it('lists finished calls newest first with links to their replays', async () => {
    setup([lease(1, 40), wendy(2, 92), lease(3, 80)]);
    await loaded();
    const list = screen.getByRole('list', { name: 'Finished calls, newest first' });
    const rows = within(list).getAllByRole('listitem');
    expect(rows.map((row) => row.querySelector('.hist-row-scenario')?.textContent)).toEqual([
      'Art’s overdue plates',
      'Wendy on a deadline',
      'Art’s overdue plates',
    ]);
    const replays = within(list).getAllByRole('link', { name: /^Replay/ });
    expect(replays[0]?.getAttribute('href')).toBe('#/replay/call-3');
    expect(screen.getByText('Showing 3 of 3 calls')).toBeTruthy();
  });

  it('filters by scenario from the picker and from the best-score cards', async () => {
    setup([lease(1, 40), wendy(2, 92), lease(3, 80)]);
    await loaded();
    fireEvent.change(screen.getByRole('combobox', { name: 'Scenario' }), { target: { value: 'busy-executive' } });
    expect(screen.getByText('Showing 1 of 1 call')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all scenarios' }));
    expect(screen.getByText('Showing 3 of 3 calls')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Art’s overdue plates: best 80, 2 calls/ }));
    expect(screen.getByText('Showing 2 of 2 calls')).toBeTruthy();
  });

  it('draws the overall trend and each principle, described for screen readers', async () => {
    setup([lease(1, 40), lease(2, 60), lease(3, 85)]);
    await loaded();
    expect(screen.getByRole('img', { name: 'Overall score over 3 calls: first 40, latest 85, best 85.' })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Lead with a purpose over 3 calls/ })).toBeTruthy();
    expect(screen.getAllByText('Not scored in these calls yet.')).toHaveLength(4);
  });

  it('shows a page at a time and more on request', async () => {
    setup(Array.from({ length: 45 }, (_, i) => lease(i, 50)));
    await loaded();
    expect(screen.getByText('Showing 20 of 45 calls')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show 5 more' }));
    expect(screen.getByText('Showing 45 of 45 calls')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
  });

  it('renders saved text as text, never as HTML', async () => {
    setup([makeRecord(1, { scenarioTitle: '<img src=x onerror=alert(1)>', transcript: { ...makeRecord(1).transcript, goal: '<b>bold</b>' } })]);
    await loaded();
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    expect(screen.getByText('Your goal: <b>bold</b>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('announces unreadable saved data and offers it for export', async () => {
    setup([lease(1, 40), { id: 'junk', transcript: 'nope' }]);
    await loaded();
    expect(screen.getByRole('status', { name: 'Saved history notice' }).textContent).toMatch(/1 saved item was unreadable and set aside/);
    fireEvent.click(screen.getAllByRole('button', { name: 'Export unreadable data' })[0]!);
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'Saved history notice' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export unreadable data (1)' })).toBeTruthy();
  });

  it('refuses a bad import file with a message and keeps what is saved', async () => {
    setup([lease(1, 40)]);
    await loaded();
    await act(async () => chooseFile('this is not json'));
    expect(await screen.findByText(/not valid JSON, so nothing was imported/)).toBeTruthy();
    expect(screen.getByText('Showing 1 of 1 call')).toBeTruthy();
  });

  it('imports a file and says how many calls were added and skipped', async () => {
    setup([lease(1, 40)]);
    await loaded();
    await act(async () => chooseFile(JSON.stringify([lease(1, 40), lease(2, 90)])));
    // The import checks load on demand, which can take a moment on a busy machine.
    expect(await screen.findByText('Imported 1 call; skipped 1 call already in your history.', undefined, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('Showing 2 of 2 calls')).toBeTruthy();
  });

  it('imports a file saved as UTF-16, as every other file the app opens', async () => {
    setup([lease(1, 40)]);
    await loaded();
    await act(async () => chooseFile(new Uint8Array(Buffer.from(`\uFEFF${JSON.stringify([lease(2, 90)])}`, 'utf16le'))));
    expect(await screen.findByText('Imported 1 call.')).toBeTruthy();
    expect(screen.getByText('Showing 2 of 2 calls')).toBeTruthy();
  });

  it('refuses a file that is not text, saying so', async () => {
    setup([lease(1, 40)]);
    await loaded();
    await act(async () => chooseFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])));
    expect(await screen.findByText(/not a text file .* Nothing was imported/)).toBeTruthy();
  });

  it('exports the history as a JSON download', async () => {
    setup([lease(1, 40)]);
    await loaded();
    fireEvent.click(screen.getByRole('button', { name: 'Export history' }));
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
    const file = JSON.parse(await blob.text());
    expect(file.calls.map((c: { id: string }) => c.id)).toEqual(['call-1']);
    expect(screen.getByText('Exported 1 call.')).toBeTruthy();
  });

  it('clears only after confirmation, and Escape cancels', async () => {
    const { storage } = setup([lease(1, 40), lease(2, 50)]);
    await loaded();
    const clear = screen.getByRole('button', { name: 'Clear history…' });
    fireEvent.click(clear);
    const dialog = screen.getByRole('alertdialog', { name: 'Clear your history?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await storage.loadAll()).toHaveLength(2);

    fireEvent.click(clear);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Delete all' })));
    expect(await screen.findByText('No finished calls yet')).toBeTruthy();
    expect(await storage.loadAll()).toEqual([]);
  });

  it('marks the moment its first page is on screen, for the bench', async () => {
    const mark = vi.spyOn(performance, 'mark');
    setup([lease(1, 40)]);
    await loaded();
    expect(mark).toHaveBeenCalledWith('dialed-in:history-ready');
  });

  it('still starts when the browser refuses to open IndexedDB, and History says so with no calls shown', async () => {
    // As a browser that denies storage does: opening the database throws.
    vi.stubGlobal('indexedDB', {
      open() {
        throw new DOMException('The user denied permission to access the database.', 'UnknownError');
      },
    });
    const consoleError = vi.spyOn(console, 'error');
    try {
      await useHistoryStore.getState().load();
      const home = render(
        <MotionProvider>
          <HomeScreen />
        </MotionProvider>,
      );
      expect(home.container.querySelector('[data-screen="home"]')).not.toBeNull();
      home.unmount();
      render(<HistoryScreen />);
      await loaded();
      expect(screen.getByRole('status', { name: 'Saved history notice' }).textContent).toMatch(/could not be opened/);
      expect(screen.getByText('No finished calls yet')).toBeTruthy();
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
      vi.unstubAllGlobals();
    }
  });
});
