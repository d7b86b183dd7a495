import type { CallRecord } from '../../core/history';
import type { Scenario } from '../../core/scenario';
import { Icon } from '../shared/Icon';
import { describeOutcome } from './describeOutcome';

/** The goal the trainee wrote before dialling, beside what the call achieved. */
export function GoalComparison({
  record,
  customerName,
  scenarioGoal,
  scenario,
}: {
  record: CallRecord;
  customerName: string;
  scenarioGoal?: string;
  scenario?: Scenario;
}) {
  const outcome = describeOutcome(record, customerName, scenario);
  return (
    <section className="goal-compare" aria-label="Your goal and what the call achieved">
      <div className="card goal-card">
        <h2>
          <Icon name="target" size={18} /> Your goal
        </h2>
        <p className="goal-text">{record.transcript.goal ? `“${record.transcript.goal}”` : 'You did not write a goal for this call.'}</p>
        {scenarioGoal && (
          <p className="muted goal-scenario">
            <strong>Your manager’s goal:</strong> {scenarioGoal}
          </p>
        )}
      </div>
      <div className="card goal-card">
        <h2>
          <Icon name="sparkle" size={18} /> What the call achieved
        </h2>
        <p className="goal-text">{outcome.headline}</p>
        <ul className="outcome-points">
          {outcome.points.map((point, i) => (
            <li key={i} className={point.achieved ? 'outcome-yes' : 'outcome-no'}>
              <Icon name={point.achieved ? 'check' : 'x'} size={16} className="outcome-icon" />
              <span>
                <span className="visually-hidden">{point.achieved ? 'Achieved: ' : 'Not achieved: '}</span>
                {point.text}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
