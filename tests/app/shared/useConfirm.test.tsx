// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useConfirm } from '../../../src/app/shared/useConfirm';

/** A button that asks before it counts, and shows each answer. */
function Asker() {
  const { dialog, ask } = useConfirm();
  const [answers, setAnswers] = useState<boolean[]>([]);
  const onClick = async () => {
    const yes = await ask({ title: 'Replace the text?', message: 'Unsaved changes will be lost.', confirmLabel: 'Replace' });
    setAnswers((all) => [...all, yes]);
  };
  return (
    <>
      <button type="button" onClick={() => void onClick()}>
        Load
      </button>
      <output>{answers.join(',')}</output>
      {dialog}
    </>
  );
}

afterEach(cleanup);

describe('useConfirm', () => {
  it('answers true when the trainee goes ahead and false on Cancel, Escape or a click outside', async () => {
    render(<Asker />);
    const load = screen.getByRole('button', { name: 'Load' });

    fireEvent.click(load);
    const dialog = screen.getByRole('alertdialog', { name: 'Replace the text?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Replace' })));

    fireEvent.click(load);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));

    fireEvent.click(load);
    await act(async () => fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' }));

    fireEvent.click(load);
    await act(async () => fireEvent.mouseDown(screen.getByRole('alertdialog').parentElement!));

    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('true,false,false,false');
  });

  it('keeps Tab between its two buttons and gives focus back when it closes', async () => {
    render(<Asker />);
    const load = screen.getByRole('button', { name: 'Load' });
    load.focus();
    fireEvent.click(load);
    const dialog = screen.getByRole('alertdialog');
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Replace' }));
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await act(async () => fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' })));
    expect(document.activeElement).toBe(load);
  });
});
