// @vitest-environment jsdom
import '../../support/loadedScenarios';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DiscardCallButton } from '../../../src/app/call/DiscardCallButton';
import type { CallStoreHook } from '../../../src/app/call/createCallStore';
import { CallStoreProvider } from '../../../src/app/call/useCall';
import { scenarioById } from '../../../src/app/scenarios/scenarioCatalog';
import { resetAppStores } from '../../support/appState';
import { fixtureLines } from '../../support/callDriver';
import { testCallStore } from '../../support/testCallStore';

const lease = scenarioById('lease-follow-up')!;
let useCallStore: CallStoreHook;

async function startLeaseCall() {
  await act(() => useCallStore.getState().startCall(lease, { goal: 'Plates by Thursday', personaKind: 'scripted', difficulty: 'easy' }));
}

beforeEach(() => {
  resetAppStores();
  useCallStore = testCallStore();
});
afterEach(cleanup);

describe('discarding an unfinished call', () => {
  it('discards at once when the trainee has said nothing yet', async () => {
    await startLeaseCall();
    const discarded = vi.fn();
    render(
      <CallStoreProvider store={useCallStore}>
        <DiscardCallButton label="Discard" customerName="Art Mitchell" onDiscarded={discarded} />
      </CallStoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useCallStore.getState().session).toBeUndefined();
    expect(discarded).toHaveBeenCalledOnce();
  });

  it('asks first once lines were said, and keeps the call when the trainee cancels', async () => {
    await startLeaseCall();
    await act(() => useCallStore.getState().sendRepLine(fixtureLines('lease-follow-up').good[0]!));
    render(
      <CallStoreProvider store={useCallStore}>
        <DiscardCallButton label="Discard" customerName="Art Mitchell" />
      </CallStoreProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Discard this call?' });
    expect(dialog.textContent).toContain('The 1 line you said to Art will be deleted');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useCallStore.getState().session?.turns.length).toBeGreaterThan(1);

    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Discard call' }));
    expect(useCallStore.getState().session).toBeUndefined();
  });
});
