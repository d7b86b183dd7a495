import { useState, type FormEvent } from 'react';
import type { CallDetail } from '../teamApiTypes';
import type { Failure } from '../teamState';
import { useTeamApi } from '../useTeam';
import { principleTitle } from './principleTitle';

type Verdict = 'met' | 'missed' | 'n/a';
const VERDICT_TEXT: Record<string, string> = { met: 'met', missed: 'missed', 'n/a': 'did not apply' };

function OverrideForm({ callId, principleId, current }: { callId: string; principleId: string; current: string }) {
  const store = useTeamApi();
  const [open, setOpen] = useState(false);
  const [verdict, setVerdict] = useState<Verdict>(current === 'met' ? 'missed' : 'met');
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<Failure>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    const failed = await store.getState().overrideVerdict(callId, { principleId, verdict, reason });
    setFailure(failed);
    if (failed) return;
    setOpen(false);
    setReason('');
  }
  if (!open)
    return (
      <button type="button" className="button button-small button-ghost" onClick={() => setOpen(true)} aria-label={`Override ${principleTitle(principleId)}`}>
        Override
      </button>
    );
  return (
    <form className="tm-grant" onSubmit={(e) => void submit(e)} noValidate>
      <label>
        New verdict
        <select value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict)}>
          <option value="met">Met</option>
          <option value="missed">Missed</option>
          <option value="n/a">Did not apply</option>
        </select>
      </label>
      <label>
        Reason (kept beside the original)
        <input type="text" maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" className="button button-small button-primary">
        Save override
      </button>
      <button type="button" className="button button-small button-ghost" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {failure && <p className="error">{failure.message}</p>}
    </form>
  );
}

/** Each principle's verdict, the server's original beside any override, and (for managers) a way to override it. */
export function VerdictOverrides({ detail, canOverride }: { detail: CallDetail; canOverride: boolean }) {
  return (
    <section className="tm-section" aria-labelledby="verdicts-title">
      <h2 id="verdicts-title">Verdicts</h2>
      <ul className="tm-verdicts">
        {detail.report.principles.map((p) => {
          const original = detail.originalReport.principles.find((o) => o.id === p.id);
          const overrides = detail.overrides.filter((o) => o.principleId === p.id);
          return (
            <li key={p.id} className="tm-verdict" data-principle={p.id}>
              <div className="tm-row-head">
                <strong>{principleTitle(p.id)}</strong>
                <span className="tm-verdict-tools">
                  <span className={`chip ${p.verdict === 'met' ? 'chip-easy' : p.verdict === 'missed' ? 'chip-hard' : ''}`}>
                    {VERDICT_TEXT[p.verdict]}
                    {p.verdict === 'n/a' ? '' : ` · ${Math.round(p.score)}`}
                  </span>
                </span>
              </div>
              {overrides.map((o) => (
                <p key={o.id} className="tm-sub">
                  Overridden from “{VERDICT_TEXT[o.originalVerdict] ?? o.originalVerdict}” ({Math.round(o.originalScore)}) to “
                  {VERDICT_TEXT[o.verdict] ?? o.verdict}”: {o.reason}
                </p>
              ))}
              {overrides.length === 0 && original && original.verdict !== p.verdict && (
                <p className="tm-sub">Scored “{VERDICT_TEXT[original.verdict]}” by the server.</p>
              )}
              {canOverride && <OverrideForm callId={detail.call.id} principleId={p.id} current={p.verdict} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
