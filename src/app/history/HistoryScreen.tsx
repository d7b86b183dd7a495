import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { BestScores } from './BestScores';
import { HistoryActions } from './HistoryActions';
import { HistoryList } from './HistoryList';
import HistoryNotice from './HistoryNotice';
import { callsForScenario, scenarioOptions, trendSeries } from './historySelectors';
import { useHistory, useHistoryApi } from './useHistory';
import { PrincipleTrends } from './PrincipleTrends';
import { PracticeNext } from './PracticeNext';
import { ScreenHeading } from '../shared/ScreenHeading';
import { TrendChart } from './TrendChart';
import './history.css';

/** The bench waits for this mark: the first page of the list is on screen after loading. */
export const HISTORY_READY_MARK = 'dialed-in:history-ready';

function markReady(): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(HISTORY_READY_MARK);
}

/** Every finished call: trends, best scores, the list with replays, and export/import/clear. */
export default function HistoryScreen({ scenarioId }: { scenarioId?: string } = {}) {
  const store = useHistoryApi();
  const ready = useHistory((s) => s.summariesReady);
  const loaded = useHistory((s) => s.loaded);
  const calls = useHistory((s) => s.summaries);
  const best = useHistory((s) => s.bestByScenario);
  const [filter, setFilter] = useState(scenarioId ?? '');
  const filterId = useId();
  const marked = useRef(false);

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  const options = useMemo(() => scenarioOptions(calls), [calls]);
  // A filter left over from before a clear or for a scenario never played falls back to all calls.
  const active = options.some((o) => o.id === filter) ? filter : '';
  const shown = useMemo(() => callsForScenario(calls, active || undefined), [calls, active]);
  const series = useMemo(() => trendSeries(shown), [shown]);
  const activeTitle = options.find((o) => o.id === active)?.title;

  useLayoutEffect(() => {
    if (!ready || marked.current) return;
    marked.current = true;
    markReady();
  }, [ready]);

  const latest = series.overall.latest;
  const bestShown = series.overall.best ?? 0;

  return (
    <section className="screen hist-screen" data-screen="history" aria-labelledby={`${filterId}-title`}>
      <header className="screen-header">
        <ScreenHeading id={`${filterId}-title`}>Your history</ScreenHeading>
        <p className="lede">Every finished call, kept in this browser. Watch your scores move and replay any call to see its mistakes again.</p>
      </header>

      <HistoryNotice />

      {!ready ? (
        <p className="hist-loading" role="status">
          Loading your saved calls…
        </p>
      ) : calls.length === 0 ? (
        <section className="card hist-card hist-empty" aria-labelledby={`${filterId}-empty`}>
          <h2 id={`${filterId}-empty`}>No finished calls yet</h2>
          <p>Play a call and it appears here with its score, so you can watch your progress and replay your mistakes.</p>
          <a className="button button-primary button-small" href="#/">
            Choose a scenario
          </a>
        </section>
      ) : (
        <>
          <PracticeNext />
          <div className="hist-toolbar">
            <div className="hist-filter">
              <label htmlFor={filterId}>Scenario</label>
              <select id={filterId} value={active} onChange={(e) => setFilter(e.target.value)}>
                <option value="">{`All scenarios (${calls.length})`}</option>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>{`${o.title} (${o.count})`}</option>
                ))}
              </select>
            </div>
            <dl className="hist-stats">
              <div>
                <dt>Calls</dt>
                <dd>{shown.length}</dd>
              </div>
              <div>
                <dt>Latest</dt>
                <dd>{latest === undefined ? '–' : Math.round(latest)}</dd>
              </div>
              <div>
                <dt>Best</dt>
                <dd>{Math.round(bestShown)}</dd>
              </div>
            </dl>
          </div>

          <div className="hist-grid">
            <section className="card hist-card hist-trend" aria-labelledby={`${filterId}-trend`}>
              <h2 id={`${filterId}-trend`}>{activeTitle ? `Overall score: ${activeTitle}` : 'Overall score'}</h2>
              <TrendChart line={series.overall} calls={series.calls} label="Overall score" />
            </section>
            <section className="card hist-card" aria-labelledby={`${filterId}-best`}>
              <h2 id={`${filterId}-best`}>Best per scenario</h2>
              <BestScores options={options} best={best} onPick={setFilter} />
              {active && (
                <button type="button" className="hist-link-button" onClick={() => setFilter('')}>
                  Show all scenarios
                </button>
              )}
            </section>
          </div>

          <section className="card hist-card" aria-labelledby={`${filterId}-principles`}>
            <h2 id={`${filterId}-principles`}>Each principle over time</h2>
            <PrincipleTrends series={series} />
          </section>

          <section className="card hist-card" aria-labelledby={`${filterId}-calls`}>
            <h2 id={`${filterId}-calls`}>{activeTitle ? `Calls: ${activeTitle}` : 'All calls'}</h2>
            <HistoryList key={active} calls={shown} />
          </section>
        </>
      )}

      {loaded && (
        <section className="card hist-card" aria-labelledby={`${filterId}-data`}>
          <h2 id={`${filterId}-data`}>Your data</h2>
          <p className="hist-muted">
            Move your history to another browser with a JSON file. Importing adds calls you do not have yet and never replaces one you do.
          </p>
          <HistoryActions />
        </section>
      )}
    </section>
  );
}

export { HistoryScreen };
