import './practiceNext.css';
import { useMemo } from 'react';
import { recommendPractice } from '../../core/history';
import { useBriefingDraft } from '../shared/briefingDraftStore';
import { useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { Icon } from '../shared/Icon';
import { difficultyLabel } from '../shared/labels';
import { useHistoryStore } from './historyStore';

/** "Practise next": the scenario and difficulty that work the trainee's weakest principle, with the reason in one line. */
export function PracticeNext() {
  const summaries = useHistoryStore((s) => s.summaries);
  const scenarios = useScenarioCatalog((s) => s.scenarios);
  const next = useMemo(() => recommendPractice(summaries, scenarios), [summaries, scenarios]);
  if (!next) return null;
  const difficulty = difficultyLabel(next.difficulty);
  return (
    <section
      className="card practice-next"
      aria-labelledby="practice-next-title"
      data-testid="practice-next"
      data-scenario={next.scenarioId}
      data-principle={next.principleId}
      data-difficulty={next.difficulty}
    >
      <span className="practice-next-icon" aria-hidden="true">
        <Icon name="target" size={22} />
      </span>
      <div className="practice-next-body">
        <p className="eyebrow">Practise next</p>
        <h2 id="practice-next-title">
          {next.scenarioTitle} <span className="practice-next-difficulty">· {difficulty}</span>
        </h2>
        <p className="practice-next-reason">{next.reason}</p>
      </div>
      <a
        className="button button-primary practice-next-go"
        href={`#/briefing/${encodeURIComponent(next.scenarioId)}`}
        // The briefing opens on the recommended difficulty, with a way back to the trainee's own setting.
        onClick={() =>
          useBriefingDraft
            .getState()
            .suggest(next.scenarioId, { difficulty: next.difficulty, why: `${difficulty.toLowerCase()} to work “${next.principleTitle}”` })
        }
      >
        <Icon name="phone" size={18} /> Practise this
      </a>
    </section>
  );
}
