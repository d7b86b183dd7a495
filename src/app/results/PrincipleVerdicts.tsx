import { useMemo } from 'react';
import type { CallRecord } from '../../core/history';
import { isPrincipleId, principleById, citeSource } from '../../core/principles';
import type { Scenario } from '../../core/scenario';
import { explainPoints, type PrincipleExplanation, type PrincipleResult } from '../../core/scoring';
import { Icon } from '../shared/Icon';
import { speakerName } from '../shared/labels';

function titleOf(result: PrincipleResult): string {
  return isPrincipleId(result.id) ? principleById(result.id).title : result.id;
}

/** Where a principle's points went, line by line, or that nothing in the call bore on it. */
function LostPoints({ explanation }: { explanation: PrincipleExplanation }) {
  if (explanation.score >= 100 && !explanation.nothingShowed) return null;
  return (
    <div className="verdict-lost" data-testid="lost-points">
      {explanation.score < 100 && <p className="verdict-lost-title">{`Where the ${explanation.lost} point${explanation.lost === 1 ? '' : 's'} went`}</p>}
      {explanation.nothingShowed && <p>{explanation.nothingShowed}</p>}
      {explanation.lostOn.length > 0 && (
        <ul>
          {explanation.lostOn.map((lost, i) => (
            <li key={i}>
              {lost.turn !== undefined && <span className="evidence-turn">Your line, turn {lost.turn + 1}</span>}
              <span>{lost.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** One principle's verdict, score bar, where its points went and the quotes that support it. */
function Verdict({
  result,
  record,
  customerName,
  scenario,
  explanation,
}: {
  result: PrincipleResult;
  record: CallRecord;
  customerName: string;
  scenario?: Scenario;
  explanation?: PrincipleExplanation;
}) {
  const principle = isPrincipleId(result.id) ? principleById(result.id) : undefined;
  const met = result.verdict === 'met';
  const score = Math.round(result.score);
  // The same quote can support a verdict twice (two rules); show it once.
  const evidence = result.evidence.filter((e, i, all) => all.findIndex((o) => o.turn === e.turn && o.quote === e.quote) === i);
  return (
    <li className={`verdict verdict-${met ? 'met' : 'missed'}`}>
      <div className="verdict-head">
        <span className="verdict-icon" aria-hidden="true">
          <Icon name={met ? 'check' : 'x'} size={16} />
        </span>
        <h3>{titleOf(result)}</h3>
        <span className="verdict-label">{met ? 'Met' : 'Missed'}</span>
        <span className="verdict-score" aria-label={`${score} out of 100`}>
          {score}
        </span>
      </div>
      <div className="verdict-bar" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </div>
      {principle && <p className="verdict-explanation">{principle.explanation}</p>}
      {explanation && <LostPoints explanation={explanation} />}
      {evidence.length > 0 && (
        <ul className="evidence" aria-label="Evidence from the call">
          {evidence.map((e, i) => {
            const said = record.transcript.turns[e.turn];
            return (
              <li key={i}>
                <span className="evidence-turn">
                  {said ? speakerName(said, customerName, scenario) : 'You'}, turn {e.turn + 1}
                </span>
                <q>{e.quote}</q>
              </li>
            );
          })}
        </ul>
      )}
      {principle && <p className="verdict-source">Source: {citeSource(principle.sources[0]!)}</p>}
    </li>
  );
}

/** Every principle that applied, missed ones first; the ones that did not apply listed in one line. */
export function PrincipleVerdicts({ record, customerName, scenario }: { record: CallRecord; customerName: string; scenario?: Scenario }) {
  // Without the scenario (a custom one since deleted) the verdicts still show, without the line-by-line reasons.
  const explanations = useMemo(() => (scenario ? explainPoints(scenario, record.transcript, record.report) : []), [scenario, record]);
  const applied = record.report.principles.filter((p) => p.verdict !== 'n/a');
  const missedFirst = [...applied].sort((a, b) => Number(a.verdict === 'met') - Number(b.verdict === 'met'));
  const notApplied = record.report.principles.filter((p) => p.verdict === 'n/a');
  return (
    <section className="card principles-card" aria-labelledby="principles-title">
      <h2 id="principles-title">Principle by principle</h2>
      <ul className="verdicts">
        {missedFirst.map((result) => (
          <Verdict
            key={result.id}
            result={result}
            record={record}
            customerName={customerName}
            scenario={scenario}
            explanation={explanations.find((e) => e.id === result.id)}
          />
        ))}
      </ul>
      {notApplied.length > 0 && <p className="muted not-applied">Did not apply to this call: {notApplied.map(titleOf).join(' · ')}</p>}
    </section>
  );
}
