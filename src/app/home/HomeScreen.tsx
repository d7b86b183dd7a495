import './home.css';
import { lazy, Suspense, useEffect } from 'react';
import { useCallStore } from '../call/callStore';
import { useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { ScreenHeading } from '../shared/ScreenHeading';
import { ContinueCard } from './ContinueCard';
import { PracticeNext } from '../history/PracticeNext';
import { DroppedCallNote } from './DroppedCallNote';
import { IntroCard } from './IntroCard';
import { ScenarioCard } from './ScenarioCard';
import { TrainingLinks } from './TrainingLinks';
import { useTeamStore } from '../teamMode/teamStore';

// Team mode's part of Home (sign-in, assignments, uploads): fetched only from a team server.
const TeamHome = lazy(() => import('../teamMode/parts/TeamHome'));

// The history module's banner (repaired or unreadable saved data) is rare, so its code stays out of the first load.
const HistoryNotice = lazy(() => import('../history/HistoryNotice'));

let markedInteractive = false;

/** Home: what the game is, an unfinished call to resume, and the scenarios to pick from. */
export function HomeScreen() {
  const scenarios = useScenarioCatalog((s) => s.cards);
  const custom = useScenarioCatalog((s) => s.custom);
  const problems = useScenarioCatalog((s) => s.problems);
  const teamMode = useTeamStore((s) => s.mode === 'team');
  useEffect(() => {
    if (markedInteractive) return;
    markedInteractive = true;
    performance.mark?.('dialed-in:interactive');
  }, []);
  // Calls started from Home are self-practice: an assignment's or the track's rules stay with their own screens.
  useEffect(() => {
    useCallStore.getState().setPlan(undefined);
  }, []);
  return (
    <section className="screen home" data-screen="home" aria-labelledby="home-title">
      <header className="screen-header">
        <ScreenHeading id="home-title">Practice a follow-up call</ScreenHeading>
        <p className="lede">
          Pick a customer and make the call. You are scored on eight principles of good follow-up, and every mistake can be replayed with a better line to try.
        </p>
      </header>
      <DroppedCallNote />
      {teamMode && (
        <Suspense fallback={null}>
          <TeamHome />
        </Suspense>
      )}
      <IntroCard />
      <Suspense fallback={null}>
        <HistoryNotice />
      </Suspense>
      <ContinueCard />
      <PracticeNext />
      {problems.length > 0 && (
        <div className="notice notice-warning" role="status">
          <div className="notice-body">
            <strong>
              {problems.length === 1 ? 'One scenario file could not be loaded' : `${problems.length} scenario files could not be loaded`}; the others work as
              usual.
            </strong>
            <ul className="problem-list">
              {problems.map((p) => (
                <li key={p.file}>
                  <code>{p.file}</code>: {p.messages.slice(0, 3).join('; ')}
                  {p.messages.length > 3 ? ` (and ${p.messages.length - 3} more)` : ''}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <section aria-labelledby="scenarios-title" className="scenario-section">
        <h2 id="scenarios-title">Scenarios</h2>
        {scenarios.length === 0 ? (
          <p className="muted">No scenarios are available.</p>
        ) : (
          <div className="scenario-grid">
            {scenarios.map((scenario) => (
              <ScenarioCard key={scenario.id} scenario={scenario} />
            ))}
          </div>
        )}
      </section>
      {custom.length > 0 && (
        <section aria-labelledby="custom-title" className="scenario-section">
          <h2 id="custom-title">Your scenarios</h2>
          <div className="scenario-grid">
            {custom.map((scenario) => (
              <ScenarioCard key={scenario.id} scenario={scenario} />
            ))}
          </div>
        </section>
      )}
      <TrainingLinks />
    </section>
  );
}
