import './series.css';
import type { PromiseStatus } from '../../core/series';
import { principleById } from '../../core/principles';
import { medalFor } from '../../core/scoring';
import { seriesCallHref } from '../scenarios/seriesPosition';
import { useSeriesPosition } from '../scenarios/useSeriesPosition';
import { selectRunOf, useSeriesStore } from './seriesStore';

const STATUS_WORDS: Record<PromiseStatus, string> = {
  kept: 'kept, unprompted',
  reminded: 'kept once reminded',
  broken: 'still no firm answer',
  forgotten: 'never came back to it',
};

/**
 * A series as one story, on Results and Replay: each call with its day, its own score and what was promised, how
 * last call's promises fared, and the series' score across calls with what it rests on.
 */
export function SeriesStory({ recordId, scenarioId }: { recordId: string; scenarioId: string }) {
  const run = useSeriesStore(selectRunOf(recordId));
  const position = useSeriesPosition(scenarioId);
  if (!run || !position) return null;
  const { series, total } = position;
  const calls = series.series!.calls;
  const overall = Math.round(run.report.overall);
  return (
    <section className="card series-story" aria-labelledby="series-story-title" data-testid="series-story">
      <div className="series-story-head">
        <div>
          <p className="eyebrow">
            Series · {run.recordIds.length} of {total} calls played
            {run.retriedFrom !== null ? ` · a retry from call ${run.retriedFrom + 1} of a finished run, which keeps its own score` : ''}
          </p>
          <h2 id="series-story-title">{series.series!.title}</h2>
        </div>
        <p className={`series-score series-score-${medalFor(overall)}`} data-testid="series-score">
          <span className="series-score-value">{overall}</span>
          <span className="muted">{run.report.complete ? 'series score' : 'series score so far'}</span>
        </p>
      </div>
      <ol className="series-calls">
        {calls.map((call, index) => {
          const id = run.recordIds[index];
          const memory = run.memories[index];
          const score = run.report.calls[index]?.overall;
          const current = id === recordId;
          return (
            <li
              key={call.id}
              className={`series-call${current ? ' series-call-current' : ''}${id ? '' : ' series-call-ahead'}`}
              aria-current={current ? 'step' : undefined}
            >
              <div className="series-call-head">
                <span className="series-call-day">
                  Call {index + 1} · {call.day} · {call.channel ?? series.channel}
                </span>
                <strong>{call.title}</strong>
                {score !== undefined && <span className={`best-score best-score-${medalFor(score)}`}>{Math.round(score)}</span>}
              </div>
              {memory && (
                <ul className="series-call-notes">
                  {memory.followThrough.map((f, i) => (
                    <li key={`f${i}`}>
                      Promise from before, “{f.promise.quote}”: <strong>{STATUS_WORDS[f.status]}</strong>
                    </li>
                  ))}
                  {memory.promises.map((p, i) => (
                    <li key={`p${i}`}>
                      You promised: “{p.quote}”{p.timed ? '' : ' (no time given)'}
                    </li>
                  ))}
                  {memory.customerSaid.map((w, i) => (
                    <li key={`w${i}`}>
                      {memory.customer.split(' ')[0]} said: “{w.quote}”
                    </li>
                  ))}
                </ul>
              )}
              <div className="series-call-links">
                {id && !current && <a href={`#/results/${encodeURIComponent(id)}`}>Results</a>}
                {id && <a href={`#/replay/${encodeURIComponent(id)}`}>Replay</a>}
                {!id && index === run.next && (
                  <a className="button button-primary" href={seriesCallHref(series, index)}>
                    Next: call {index + 1}, {call.day}
                  </a>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <h3 className="series-principles-title">Across the calls</h3>
      <ul className="series-principles">
        {run.report.principles.map((p) => (
          <li key={p.id}>
            <span>{principleById(p.id).title}</span>
            <span className={`series-verdict series-verdict-${p.verdict === 'n/a' ? 'na' : p.verdict}`}>
              {p.verdict === 'n/a' ? 'not yet' : `${p.verdict} · ${p.score}`}
            </span>
          </li>
        ))}
      </ul>
      {run.report.mistakes.length > 0 && (
        <ul className="series-mistakes">
          {run.report.mistakes.map((m, i) => (
            <li key={i}>
              <strong>Call {m.call + 1}:</strong> {m.commentary}
              {m.betterLine && <span className="series-better"> Try: “{m.betterLine}”</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
