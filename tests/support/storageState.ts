import { vi } from 'vitest';
import { resetLocalSlots } from '../../src/app/storage/localSlots';
import { useStorageNotices } from '../../src/app/storage/storageNotices';

/** Makes every localStorage write fail as a full browser's does (reads and removals still work); returns the undo. */
export function fillStorage(): () => void {
  const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  return () => spy.mockRestore();
}

/** Forgets storage notices and blocked keys between tests. */
export function resetStorageState(): void {
  resetLocalSlots();
  useStorageNotices.setState({ unsaved: [], setAside: [], dismissed: false });
}
