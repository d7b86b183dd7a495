import '../team.css';
import { useCallback } from 'react';
import { ReplayView } from '../../replay/ReplayView';
import { ScreenLoading } from '../../shared/ScreenLoading';
import { NoteForm } from '../parts/NoteForm';
import { SignedIn } from '../parts/SignedIn';
import { VerdictOverrides } from '../parts/VerdictOverrides';
import { useLiveRefresh } from '../useLiveRefresh';
import { useTeam, useTeamApi } from '../useTeam';

function Review({ callId }: { callId: string }) {
  const store = useTeamApi();
  const entry = useTeam((s) => s.calls[callId]);
  const me = useTeam((s) => s.me);
  const refresh = useCallback(() => void store.getState().loadCall(callId), [store, callId]);
  useLiveRefresh(refresh, 10_000);
  const noteForm = useCallback((turn: number) => <NoteForm callId={callId} turn={turn} />, [callId]);
  if (!entry) return <ScreenLoading />;
  if ('error' in entry) {
    return (
      <section className="screen tm-narrow" data-screen="review">
        <h1>Call not found</h1>
        <p className="lede">{entry.status === 404 ? 'This call is not on the team server, or it is not yours to see.' : entry.error}</p>
        <a className="button" href="#/">
          Home
        </a>
      </section>
    );
  }
  const reviewer = me?.user.role !== 'trainee';
  const own = me?.user.id === entry.trainee.id;
  const back = reviewer && me?.teams[0] && entry.call.teamId ? `#/coach/${entry.call.teamId}/trainee/${entry.trainee.id}` : '#/';
  return (
    <section className="screen replay" data-screen="review" aria-labelledby="replay-title">
      <a className="back-link" href={back}>
        ← {reviewer ? entry.trainee.displayName : 'Home'}
      </a>
      <p className="wf-replay-who">
        <strong>{own ? 'Your call' : entry.trainee.displayName}</strong> · {entry.call.mode === 'guided' ? 'guided lines' : 'free text'} ·{' '}
        {new Date(entry.call.startedAt).toLocaleString()}
        {entry.notes.length > 0 && ` · ${entry.notes.length} coaching note${entry.notes.length === 1 ? '' : 's'}`}
      </p>
      {entry.call.sameTranscript.count > 0 && (
        <p className="notice notice-warning" role="status">
          The same transcript was uploaded by {entry.call.sameTranscript.count === 1 ? 'another trainee' : `${entry.call.sameTranscript.count} other trainees`}.
        </p>
      )}
      {entry.notes.length > 0 && !reviewer && (
        <p className="notice" role="status">
          Your manager pinned {entry.notes.length === 1 ? 'a note' : `${entry.notes.length} notes`} to line{entry.notes.length === 1 ? '' : 's'}{' '}
          {[...new Set(entry.notes.map((n) => n.turn + 1))].join(', ')}: step to {entry.notes.length === 1 ? 'it' : 'them'} below.
        </p>
      )}
      <ReplayView
        transcript={entry.transcript}
        report={entry.report}
        title={entry.call.scenarioTitle}
        placeKey={entry.call.id}
        theirs={!own}
        notes={entry.notes}
        lineExtra={reviewer ? noteForm : undefined}
      />
      <VerdictOverrides detail={entry} canOverride={reviewer} />
    </section>
  );
}

/** A call on the team server: its replay with coaching notes; managers pin notes to lines and override verdicts. */
export default function ReviewScreen({ callId }: { callId: string }) {
  return (
    <SignedIn roles={['admin', 'manager', 'trainee']}>
      <Review callId={callId} />
    </SignedIn>
  );
}
