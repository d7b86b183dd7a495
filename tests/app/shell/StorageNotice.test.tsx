// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageNotice } from '../../../src/app/shell/StorageNotice';
import { STORAGE_KEYS } from '../../../src/app/storage/storageAreas';
import { useStorageNotices } from '../../../src/app/storage/storageNotices';
import { resetStorageState } from '../../support/storageState';

beforeEach(() => {
  resetStorageState();
  URL.createObjectURL = vi.fn(() => 'blob:storage');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
});
afterEach(cleanup);

describe('the storage notice', () => {
  it('shows nothing while storage is fine', () => {
    render(<StorageNotice />);
    expect(screen.queryByTestId('storage-notice')).toBeNull();
  });

  it('says in plain words what is not being saved while storage is full', () => {
    useStorageNotices.getState().writeFailed(STORAGE_KEYS.call);
    render(<StorageNotice />);
    expect(screen.getByRole('status', { name: 'Storage notice' }).textContent).toMatch(
      /Your browser’s storage for this site is full, so the call in progress is not kept as you go: it carries on and is scored when it ends, but it is lost if you close or reload this tab before then\./,
    );
  });

  it('names what was set aside and exports it, without the API key', async () => {
    const raw = JSON.stringify({ state: { apiKey: 'sk-secret', model: 7 }, version: 1 });
    useStorageNotices
      .getState()
      .addSetAside({ key: STORAGE_KEYS.llm, reason: 'the model: not a value this version knows', raw, copiedTo: `${STORAGE_KEYS.llm}.unreadable` });
    render(<StorageNotice />);
    expect(screen.getByTestId('storage-notice').textContent).toContain(
      'Your model settings could not be read (the model: not a value this version knows). It was set aside, with a copy kept in this browser, and the defaults are used instead.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export unreadable data' }));
    const file = JSON.parse(await (vi.mocked(URL.createObjectURL).mock.calls[0]![0] as Blob).text());
    expect(file).toMatchObject({ app: 'dialed-in', kind: 'unreadable-storage', items: [{ key: STORAGE_KEYS.llm, raw: { state: { model: 7 } } }] });
    expect(JSON.stringify(file)).not.toContain('sk-secret');
  });

  it('goes when dismissed, and comes back with a new problem', () => {
    useStorageNotices.getState().writeFailed(STORAGE_KEYS.settings);
    render(<StorageNotice />);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('storage-notice')).toBeNull();
    act(() => useStorageNotices.getState().writeFailed(STORAGE_KEYS.call));
    expect(screen.getByTestId('storage-notice')).toBeTruthy();
  });
});
