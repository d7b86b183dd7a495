import { useCallback, useState, type ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

/** What to ask: the dialog's title, message and the label of the button that goes ahead. */
export interface ConfirmQuestion {
  title: string;
  message: string;
  confirmLabel: string;
}

/** The app's own confirmation in place of window.confirm: `await ask(...)` resolves true when the trainee goes ahead; render `dialog`. */
export function useConfirm(): { dialog: ReactNode; ask(question: ConfirmQuestion): Promise<boolean> } {
  const [pending, setPending] = useState<{ question: ConfirmQuestion; answer(yes: boolean): void }>();
  const ask = useCallback((question: ConfirmQuestion) => new Promise<boolean>((answer) => setPending({ question, answer })), []);
  const close = (yes: boolean) => {
    pending?.answer(yes);
    setPending(undefined);
  };
  const dialog = pending ? <ConfirmDialog {...pending.question} onConfirm={() => close(true)} onCancel={() => close(false)} /> : null;
  return { dialog, ask };
}
