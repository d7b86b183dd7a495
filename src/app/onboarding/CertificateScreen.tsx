import '../shared/workflows.css';
import './certificate.css';
import { useEffect, useId, useMemo } from 'react';
import { certificateData, isComplete, progressFromHistory, unbackedSteps } from '../../core/onboarding';
import { useAssignmentsStore } from '../assignments/assignmentsStore';
import { useHistoryStore } from '../history/historyStore';
import { ScreenHeading } from '../shared/ScreenHeading';
import { useOnboardingStore } from './onboardingStore';
import { NotFoundScreen } from '../shared/NotFoundScreen';
import { ScreenLoading } from '../shared/ScreenLoading';

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

/** The completion certificate of the new-hire track; prints on one clean page. */
export default function CertificateScreen() {
  const track = useOnboardingStore((s) => s.track);
  const progress = useOnboardingStore((s) => s.progress);
  const records = useHistoryStore((s) => s.records);
  const historyLoaded = useHistoryStore((s) => s.loaded);
  const name = useAssignmentsStore((s) => s.traineeName);
  const nameId = useId();
  useEffect(() => {
    useOnboardingStore.getState().load();
    useAssignmentsStore.getState().load();
    void useHistoryStore.getState().load();
  }, []);
  useEffect(() => useOnboardingStore.getState().syncFromHistory(records), [records]);
  // Only calls in History count: saved progress alone could have been edited by hand.
  const verified = useMemo(() => progressFromHistory(track, progress, records), [track, progress, records]);
  const certificate = certificateData(track, verified, name.trim() || 'Your name');

  if (!historyLoaded) return <ScreenLoading />;
  const unbacked = certificate ? [] : unbackedSteps(track, progress, verified);
  if (!certificate && isComplete(track, progress) && unbacked.length > 0) {
    const count = unbacked.length;
    return (
      <NotFoundScreen
        screen="certificate"
        title="Certificate"
        message={`Your saved progress says the track is complete, but the calls that passed ${count === 1 ? 'one lesson' : `${count} lessons`} (${unbacked.map((s) => s.lesson.title).join(', ')}) are not in this browser’s History, so no certificate can be printed here. Pass ${count === 1 ? 'it' : 'them'} again, or import the history that holds those calls.`}
        ways={[
          { href: '#/onboarding', label: 'Go to the new-hire track' },
          { href: '#/history', label: 'Open History' },
        ]}
      />
    );
  }

  if (!certificate) {
    return (
      <NotFoundScreen
        screen="certificate"
        title="Certificate"
        message="The certificate appears once every lesson of the new-hire track is passed."
        ways={[{ href: '#/onboarding', label: 'Go to the new-hire track' }]}
      />
    );
  }

  return (
    <section className="screen wf-certificate-screen" data-screen="certificate" aria-labelledby="certificate-title">
      <a className="back-link wf-no-print" href="#/onboarding">
        ← New-hire track
      </a>
      <div className="card wf-no-print wf-certificate-controls">
        <div className="field">
          <label htmlFor={nameId}>Name on the certificate</label>
          <input id={nameId} type="text" value={name} maxLength={80} onChange={(e) => useAssignmentsStore.getState().setTraineeName(e.target.value)} />
        </div>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          Print the certificate
        </button>
      </div>
      <article className="wf-certificate" aria-labelledby="certificate-title">
        <p className="wf-certificate-brand">Dialed In</p>
        <ScreenHeading id="certificate-title">Certificate of completion</ScreenHeading>
        <p className="wf-certificate-intro">This certifies that</p>
        <p className="wf-certificate-name">{certificate.trainee}</p>
        <p className="wf-certificate-intro">
          completed the new-hire track in follow-up calls, passing all {certificate.steps.length} lessons with an average best score of{' '}
          <strong>{certificate.averageBest}</strong> (pass mark {certificate.passMark}).
        </p>
        <table className="wf-certificate-table">
          <thead>
            <tr>
              <th scope="col">Principle</th>
              <th scope="col">Practised in</th>
              <th scope="col">Best</th>
            </tr>
          </thead>
          <tbody>
            {certificate.steps.map((step) => (
              <tr key={step.principle}>
                <td>{step.principle}</td>
                <td>{step.scenario ?? 'Lesson'}</td>
                <td>{step.best === undefined ? '—' : Math.round(step.best)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <footer className="wf-certificate-footer">
          <span>Completed {formatDate(certificate.completedAt)}</span>
          <span>Certificate {certificate.code}</span>
        </footer>
      </article>
    </section>
  );
}
