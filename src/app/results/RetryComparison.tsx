import { useMemo } from 'react';
import { compareAttempts, type AttemptChange, type CallRecord, type PrincipleChange } from '../../core/history';
import { isPrincipleId, principleById } from '../../core/principles';
import { Icon } from '../shared/Icon';

const CHANGE_WORD: Record<AttemptChange, string> = { better: 'Better', worse: 'Worse', same: 'Same' };

function titleOf(id: string): string {
  return isPrincipleId(id) ? principleById(id).title : id;
}

function verdictText(side: PrincipleChange['before']): string {
  return side.verdict === 'n/a' ? 'Did not apply' : `${side.verdict === 'met' ? 'Met' : 'Missed'} ${Math.round(side.score)}`;
}

function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '±0';
}

function names(list: readonly PrincipleChange[]): string {
  return list.map((p) => titleOf(p.id)).join(', ');
}

/** "Better on A, B; worse on C." in one sentence. */
function summaryOf(better: readonly PrincipleChange[], worse: readonly PrincipleChange[]): string {
  const parts = [...(better.length > 0 ? [`better on ${names(better)}`] : []), ...(worse.length > 0 ? [`worse on ${names(worse)}`] : [])];
  if (parts.length === 0) return 'No principle’s verdict or score changed.';
  const text = parts.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

const GLYPH: Record<AttemptChange, string> = { better: '▲', worse: '▼', same: '=' };

/** "▲ +40" (read as "Better +40"), or just the direction when the principle applied on one side only. */
function ChangeCell({ p }: { p: PrincipleChange }) {
  const delta =
    p.change === 'same' || p.before.verdict === 'n/a' || p.after.verdict === 'n/a' ? '' : signed(Math.round(p.after.score) - Math.round(p.before.score));
  return (
    <td className="retry-change">
      <span aria-hidden="true">
        {GLYPH[p.change]} {delta}
      </span>
      <span className="visually-hidden">
        {CHANGE_WORD[p.change]} {delta}
      </span>
    </td>
  );
}

/** A retry beside the call it branched off: the line said again, the score and each principle's verdict before and after. */
export function RetryComparison({ record, parent }: { record: CallRecord; parent: CallRecord }) {
  const comparison = useMemo(() => compareAttempts(parent.report, record.report), [parent, record]);
  const turn = record.retryOf!.turn;
  const before = Math.round(comparison.overall.before);
  const after = Math.round(comparison.overall.after);
  const better = comparison.principles.filter((p) => p.change === 'better');
  const worse = comparison.principles.filter((p) => p.change === 'worse');
  // A retry's branch ends wherever the new lines took it; the line said again sits at the same index.
  const said = parent.transcript.turns[turn]?.text;
  const saysNow = record.transcript.turns[turn];
  return (
    <section className="card retry-compare" aria-labelledby="retry-compare-title" data-testid="retry-comparison">
      <h2 id="retry-compare-title">
        <Icon name="replay" size={18} /> Before and after: retried from line {turn + 1}
      </h2>
      {said && (
        <p className="retry-lines">
          At line {turn + 1} you said <q>{said}</q>
          {saysNow?.speaker === 'rep' ? (
            <>
              ; this time, <q>{saysNow.text}</q>
            </>
          ) : null}
        </p>
      )}
      <div className="retry-scores" role="group" aria-label="Overall score before and after">
        <a className="retry-score" href={`#/results/${encodeURIComponent(parent.id)}`}>
          <span className="retry-score-label">Before</span>
          <span className="retry-score-value" data-testid="retry-before">
            {before}
          </span>
          <span className="retry-score-link">See that call</span>
        </a>
        <span
          className={`retry-delta retry-${comparison.overall.change}`}
          aria-label={`${CHANGE_WORD[comparison.overall.change]}: ${signed(after - before)} points`}
        >
          <Icon name="arrow-right" size={18} /> {signed(after - before)}
        </span>
        <div className="retry-score retry-score-now">
          <span className="retry-score-label">After</span>
          <span className="retry-score-value" data-testid="retry-after">
            {after}
          </span>
          <span className="retry-score-link">This call</span>
        </div>
      </div>
      <p className="retry-summary">{summaryOf(better, worse)}</p>
      <table className="retry-table">
        <caption className="visually-hidden">Each principle before and after the retry</caption>
        <thead>
          <tr>
            <th scope="col">Principle</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {comparison.principles.map((p) => (
            <tr key={p.id} className={`retry-row retry-${p.change}`} data-principle={p.id}>
              <th scope="row">{titleOf(p.id)}</th>
              <td>{verdictText(p.before)}</td>
              <td>{verdictText(p.after)}</td>
              <ChangeCell p={p} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
