import './briefing.css';
import { isSeriesCallId, selectScenario, useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { SeriesBriefingNote } from './SeriesBriefingNote';
import { ScreenHeading } from '../shared/ScreenHeading';
import { ScreenLoading } from '../shared/ScreenLoading';
import { AccountCard } from './AccountCard';
import { DialForm } from './DialForm';
import { NotFoundScreen } from '../shared/NotFoundScreen';
import { usePreparedScenario } from './usePreparedScenario';

/** Briefing: read the account, write the goal, dial. */
export default function BriefingScreen({ scenarioId }: { scenarioId: string }) {
  const scenario = useScenarioCatalog(selectScenario(scenarioId));
  const customLoaded = useScenarioCatalog((s) => s.customLoaded);
  const seriesLoaded = useScenarioCatalog((s) => s.seriesLoaded);
  usePreparedScenario(scenario);
  if (!scenario && (!customLoaded || (isSeriesCallId(scenarioId) && !seriesLoaded))) return <ScreenLoading />;
  if (!scenario) {
    return (
      <NotFoundScreen
        screen="briefing"
        title="Scenario not found"
        message={`There is no scenario called “${scenarioId}”. It may have been renamed or removed.`}
        ways={[{ href: '#/', label: 'Choose a scenario' }]}
      />
    );
  }
  return (
    <section className="screen briefing" data-screen="briefing" aria-labelledby="briefing-title">
      <a className="back-link" href="#/">
        ← All scenarios
      </a>
      <header className="screen-header">
        <p className="eyebrow">Briefing</p>
        <ScreenHeading id="briefing-title">{scenario.title}</ScreenHeading>
        <p className="lede">{scenario.summary}</p>
        {isSeriesCallId(scenario.id) && <SeriesBriefingNote callId={scenario.id} />}
      </header>
      <div className="briefing-layout">
        <AccountCard scenario={scenario} />
        <DialForm scenario={scenario} />
      </div>
    </section>
  );
}
