import { useEffect, useState } from 'react';
import { encodeAssignmentLink, type Assignment, assignmentFileText } from '../../core/assignments';
import { assignmentUrl, browserLinkCodec } from './browserLinkCodec';
import { downloadText } from '../shared/downloadText';
import { fileNameFor } from '../shared/fileIO';

type LinkState = { state: 'making' } | { state: 'ready'; url: string } | { state: 'too-large'; message: string };

/** The two ways to hand an assignment over: a link that carries it, and a file. */
export function ShareAssignment({ assignment }: { assignment: Assignment }) {
  const [link, setLink] = useState<LinkState>({ state: 'making' });
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    let live = true;
    void encodeAssignmentLink(assignment, browserLinkCodec()).then((result) => {
      if (!live) return;
      setLink(
        result.ok ? { state: 'ready', url: assignmentUrl(result.value) } : { state: 'too-large', message: result.errors[0]?.message ?? 'too large for a link' },
      );
    });
    return () => {
      live = false;
    };
  }, [assignment]);

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
      document.getElementById(`share-${assignment.id}`)?.focus();
    }
  }

  return (
    <div className="wf-share">
      {link.state === 'ready' && (
        <div className="field">
          <label htmlFor={`share-${assignment.id}`}>Link to send</label>
          <div className="wf-inline">
            <input
              id={`share-${assignment.id}`}
              type="text"
              readOnly
              value={link.url}
              onFocus={(e) => e.currentTarget.select()}
              data-testid="assignment-link"
            />
            <button type="button" className="button" onClick={() => void copy(link.url)}>
              {copied ? 'Copied' : 'Copy link'}
            </button>
          </div>
          <p className="hint">The assignment travels inside the link: no account or server needed. Trainees open it in their browser.</p>
        </div>
      )}
      {link.state === 'too-large' && (
        <p className="notice notice-warning" role="status">
          No link: {link.message}.
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => downloadText(fileNameFor(assignment.title, '.assignment.json'), assignmentFileText(assignment))}
        >
          Download as a file
        </button>
      </div>
    </div>
  );
}
