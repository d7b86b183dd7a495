import { useState, type FormEvent } from 'react';
import type { Failure } from '../teamState';
import { useTeamApi } from '../useTeam';

/** Pins a coaching note to one line of a call; the trainee sees it on their replay. */
export function NoteForm({ callId, turn }: { callId: string; turn: number }) {
  const store = useTeamApi();
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<Failure>();
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const failed = await store.getState().addNote(callId, turn, text);
    setBusy(false);
    setFailure(failed);
    if (!failed) setText('');
  }
  return (
    <form className="tm-note-form" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={`note-${turn}`} className="label">
        Pin a coaching note to line {turn + 1}
      </label>
      <textarea
        id={`note-${turn}`}
        rows={3}
        maxLength={2000}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="What to do differently here, in a sentence or two."
      />
      {failure && <p className="error">{failure.message}</p>}
      <button type="submit" className="button button-small button-primary" disabled={busy || text.trim() === ''}>
        Pin note
      </button>
    </form>
  );
}
