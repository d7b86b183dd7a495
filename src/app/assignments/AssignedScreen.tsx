import '../shared/workflows.css';
import { useEffect, useRef, useState } from 'react';
import type { Assignment } from '../../core/assignments';
import type { ValidationError } from '../../core/scenario';
import { useCallStore } from '../call/callStore';
import { useHistoryStore } from '../history/historyStore';
import { navigate } from '../navigation/navigate';
import { ScreenHeading } from '../shared/ScreenHeading';
import { AssignmentCard } from './AssignmentCard';
import { useAssignmentsStore } from './assignmentsStore';
import { ExportResultsButton } from './ExportResultsButton';
import { assignmentFromFile, payloadOfLink, receiveMessage } from './readAssignment';
import { ValidationErrors } from '../shared/ValidationErrors';

interface Message {
  tone: 'ok' | 'error';
  text: string;
  errors?: ValidationError[];
  /** A different assignment with a clashing id, waiting for the trainee's choice. */
  pending?: Assignment;
}

/** "Assigned to me": received assignments with due date and status, import by file or link, play, export results. */
export default function AssignedScreen() {
  const received = useAssignmentsStore((s) => s.received);
  const traineeName = useAssignmentsStore((s) => s.traineeName);
  const saveError = useAssignmentsStore((s) => s.saveError);
  const [message, setMessage] = useState<Message>();
  const [link, setLink] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    useAssignmentsStore.getState().load();
    void useHistoryStore.getState().load();
    // Back from a call: its rules must not follow the trainee into self-practice.
    useCallStore.getState().setPlan(undefined);
  }, []);

  async function importFile(file: File | undefined) {
    if (!file) return;
    const result = await assignmentFromFile(file);
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setMessage({ tone: 'error', text: `“${file.name}” is not an assignment this app can use. Nothing was added.`, errors: result.errors });
      return;
    }
    const outcome = useAssignmentsStore.getState().receive(result.value);
    setMessage({
      tone: outcome === 'conflict' ? 'error' : 'ok',
      text: receiveMessage(outcome, result.value.title),
      ...(outcome === 'conflict' ? { pending: result.value } : {}),
    });
  }

  function openLink() {
    const payload = payloadOfLink(link);
    if (!payload) {
      setMessage({ tone: 'error', text: 'That is not an assignment link. It should contain “#/assignment/” followed by a long code.' });
      return;
    }
    setLink('');
    navigate({ name: 'open-assignment', payload });
  }

  return (
    <section className="screen wf-assigned" data-screen="assigned" aria-labelledby="assigned-title">
      <header className="screen-header">
        <p className="eyebrow">Assignments</p>
        <ScreenHeading id="assigned-title">Assigned to me</ScreenHeading>
        <p className="lede">
          Calls your manager asked you to make, with their due dates and rules. When you are done, export your results and send the file back.
        </p>
      </header>

      <div className="card wf-toolbar">
        <div className="field">
          <label htmlFor="trainee-name">Your name</label>
          <input
            id="trainee-name"
            type="text"
            value={traineeName}
            maxLength={80}
            autoComplete="name"
            onChange={(e) => useAssignmentsStore.getState().setTraineeName(e.target.value)}
          />
          <p className="hint">Goes into the results files you export.</p>
        </div>
        <div className="field">
          <span className="label">Add an assignment</span>
          <div className="wf-inline">
            <input
              type="text"
              aria-label="Assignment link"
              placeholder="Paste an assignment link"
              value={link}
              onChange={(e) => setLink(e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && openLink()}
            />
            <button type="button" className="button" onClick={openLink}>
              Open link
            </button>
          </div>
          <label className="button wf-file-button">
            Open an assignment file
            <input
              ref={fileInput}
              type="file"
              accept=".json,.yaml,.yml,application/json"
              className="visually-hidden"
              onChange={(e) => void importFile(e.target.files?.[0])}
            />
          </label>
        </div>
      </div>

      {(message || saveError) && (
        <div
          className={`notice ${message?.tone === 'error' || saveError ? 'notice-danger' : ''}`}
          role={message?.tone === 'error' ? 'alert' : 'status'}
          data-testid="assigned-message"
        >
          <div className="notice-body">
            {message && <p>{message.text}</p>}
            {message?.errors && <ValidationErrors errors={message.errors} />}
            {message?.pending && (
              <div className="button-row">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    const outcome = useAssignmentsStore.getState().receive(message.pending!, { replace: true });
                    setMessage({ tone: 'ok', text: receiveMessage(outcome, message.pending!.title) });
                  }}
                >
                  Replace mine with the new version
                </button>
                <button type="button" className="button button-small button-ghost" onClick={() => setMessage(undefined)}>
                  Keep mine
                </button>
              </div>
            )}
            {saveError && <p>{saveError}</p>}
          </div>
        </div>
      )}

      {received.length === 0 ? (
        <div className="card wf-empty">
          <h2>Nothing assigned yet</h2>
          <p className="muted">When your manager sends you an assignment link, open it in this browser, or open the assignment file here.</p>
        </div>
      ) : (
        <div className="wf-list">
          {received.map((assignment) => (
            <AssignmentCard
              key={assignment.id}
              assignment={assignment}
              actions={
                <>
                  <ExportResultsButton assignment={assignment} onMessage={(text, tone) => setMessage({ text, tone })} />
                  <button
                    type="button"
                    className="button button-ghost"
                    onClick={() => {
                      if (window.confirm(`Remove “${assignment.title}” from your list? Your calls stay in History.`))
                        useAssignmentsStore.getState().removeReceived(assignment.id);
                    }}
                  >
                    Remove
                  </button>
                </>
              }
            />
          ))}
        </div>
      )}
    </section>
  );
}
