import '../shared/workflows.css';
import { useEffect, useRef, useState } from 'react';
import { teamCsv, weakSpots } from '../../core/assignments';
import { useAssignmentsStore } from '../assignments/assignmentsStore';
import { dueText } from '../assignments/describeAssignment';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { downloadText } from '../shared/downloadText';
import { ValidationErrors } from '../shared/ValidationErrors';
import { ScreenHeading } from '../shared/ScreenHeading';
import { AttemptList } from './AttemptList';
import { TeamMatrix } from './TeamMatrix';
import { useTeamStore } from './useTeamStore';
import { useTeamTable } from './useTeamTable';
import { WeakSpots } from './WeakSpots';

function ImportReports() {
  const reports = useTeamStore((s) => s.reports);
  if (reports.length === 0) return null;
  const failed = reports.some((r) => !r.ok);
  return (
    <div className={`notice ${failed ? 'notice-danger' : ''}`} role={failed ? 'alert' : 'status'} data-testid="import-reports">
      <div className="notice-body">
        <ul className="wf-reports">
          {reports.map((r, i) => (
            <li key={`${r.fileName}-${i}`} className={r.ok ? '' : 'wf-report-failed'}>
              <strong>{r.fileName}</strong>: {r.message}
              {r.errors && <ValidationErrors errors={r.errors} limit={8} />}
            </li>
          ))}
        </ul>
        <button type="button" className="button button-small button-ghost wf-dismiss" onClick={() => useTeamStore.getState().dismissReports()}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

/** Team results: import trainees' results files, see trainees by scenarios, weak spots, any call's replay, and a CSV. */
export default function TeamScreen() {
  const status = useTeamStore((s) => s.status);
  const imports = useTeamStore((s) => s.imports);
  const unreadable = useTeamStore((s) => s.unreadable);
  const persistent = useTeamStore((s) => s.persistent);
  const table = useTeamTable();
  const [busy, setBusy] = useState(false);
  const [confirmingClear, setConfirmingClear] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    useAssignmentsStore.getState().load();
    void useTeamStore.getState().load();
  }, []);

  async function importFiles(files: FileList | null) {
    if (!files || files.length === 0) return;
    setBusy(true);
    await useTeamStore.getState().importFiles([...files]);
    setBusy(false);
    if (input.current) input.current.value = '';
  }

  const allSpots = weakSpots(table.flatMap((t) => t.attempts.filter((a) => a.counted).map((a) => ({ trainee: a.trainee, report: a.trusted }))));

  return (
    <section className="screen wf-team" data-screen="team" aria-labelledby="team-title">
      <header className="screen-header">
        <p className="eyebrow">Manager</p>
        <ScreenHeading id="team-title">Team results</ScreenHeading>
        <p className="lede">
          Import the results files your trainees send you. Every call is scored again here, so a file whose score was edited is flagged and its real score is
          used.
        </p>
      </header>

      <div className="card wf-toolbar">
        <label className="button button-primary wf-file-button">
          {busy ? 'Importing…' : 'Import results files'}
          <input
            ref={input}
            type="file"
            multiple
            accept=".json,.yaml,.yml,application/json"
            className="visually-hidden"
            disabled={busy}
            onChange={(e) => void importFiles(e.target.files)}
          />
        </label>
        <button type="button" className="button" disabled={table.length === 0} onClick={() => downloadText('team-results.csv', teamCsv(table), 'text/csv')}>
          Download CSV
        </button>
        {imports.length > 0 && (
          <button type="button" className="button button-ghost" onClick={() => setConfirmingClear(true)}>
            Remove all imports
          </button>
        )}
        {confirmingClear && (
          <ConfirmDialog
            title="Remove all imports?"
            message="Every imported results file is removed from this browser. The files themselves are not touched; you can import them again."
            confirmLabel="Remove all"
            onConfirm={() => {
              setConfirmingClear(false);
              void useTeamStore.getState().clear();
            }}
            onCancel={() => setConfirmingClear(false)}
          />
        )}
      </div>
      {!persistent && <p className="notice notice-warning">This browser cannot keep imported results; they are kept until you close the tab.</p>}
      <ImportReports />
      {unreadable.length > 0 && (
        <p className="notice notice-warning" role="status">
          {unreadable.length} stored import{unreadable.length === 1 ? '' : 's'} could not be read by this version and {unreadable.length === 1 ? 'is' : 'are'}{' '}
          not shown: {unreadable.map((u) => u.fileName).join(', ')}.
        </p>
      )}

      {status !== 'ready' ? (
        <p className="muted">Loading…</p>
      ) : table.length === 0 ? (
        <div className="card wf-empty">
          <h2>No results yet</h2>
          <p className="muted">
            Create an assignment in <a href="#/manager">manager mode</a>, send it to your team, and import the results files they send back.
          </p>
        </div>
      ) : (
        <>
          {table.map((team) => (
            <section
              key={team.assignment.id}
              className="card wf-team-assignment"
              aria-labelledby={`team-${team.assignment.id}`}
              data-assignment={team.assignment.id}
            >
              <header className="wf-assignment-head">
                <div>
                  <h2 id={`team-${team.assignment.id}`}>{team.assignment.title}</h2>
                  <p className="muted">
                    Pass mark {team.assignment.passMark} · {team.assignment.attemptsAllowed} attempt{team.assignment.attemptsAllowed === 1 ? '' : 's'} per
                    scenario · {dueText(team.assignment.dueDate)} · {team.trainees.length} trainee{team.trainees.length === 1 ? '' : 's'}
                  </p>
                </div>
              </header>
              {team.notes.map((note) => (
                <p key={note} className="notice notice-warning">
                  {note}
                </p>
              ))}
              <TeamMatrix team={team} />
              <h3>Weak spots</h3>
              <WeakSpots spots={team.weakSpots} />
              <AttemptList team={team} />
            </section>
          ))}
          {table.length > 1 && (
            <section className="card" aria-labelledby="all-weak-title">
              <h2 id="all-weak-title">Weak spots across all assignments</h2>
              <WeakSpots spots={allSpots} />
            </section>
          )}
          <section className="card" aria-labelledby="files-title">
            <h2 id="files-title">Imported files</h2>
            <ul className="wf-files">
              {imports.map((i) => (
                <li key={i.key}>
                  <span>
                    <strong>{i.fileName}</strong> · {i.results.trainee} · {i.results.assignment.title}
                  </span>
                  <button
                    type="button"
                    className="button button-small button-ghost"
                    onClick={() => void useTeamStore.getState().remove(i.key)}
                    aria-label={`Remove ${i.fileName}`}
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </section>
  );
}
