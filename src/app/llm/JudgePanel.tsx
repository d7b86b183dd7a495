import './llm.css';
import { useEffect } from 'react';
import type { CallRecord } from '../../core/history';
import type { Disagreement, JudgePrinciple, JudgeView } from '../../core/judge';
import { principleById } from '../../core/principles';
import type { Verdict } from '../../core/scoring';
import { scenarioById } from '../scenarios/scenarioCatalog';
import { useJudgeRuns } from './judgeRunStore';
import { useLlmSettingsStore } from './llmSettingsStore';

const VERDICT_WORD: Record<Verdict, string> = { met: 'met', missed: 'missed', 'n/a': 'did not apply' };

/** One principle as the judge saw it, beside the rules' verdict. */
function JudgedPrinciple({
  judged,
  record,
  rules,
  disagrees,
  customer,
}: {
  judged: JudgePrinciple;
  record: CallRecord;
  rules?: Verdict;
  disagrees: boolean;
  customer: string;
}) {
  const title = principleById(judged.id).title;
  return (
    <li className={`judge-item${disagrees ? ' judge-item-disagrees' : ''}`} data-principle={judged.id}>
      <div className="judge-item-head">
        <h3>{title}</h3>
        <span className="judge-verdicts">
          Rules: {rules ? VERDICT_WORD[rules] : '—'} · Model: {VERDICT_WORD[judged.verdict]}
          {judged.verdict !== 'n/a' ? ` (${judged.score})` : ''}
        </span>
      </div>
      {judged.reason && <p className="judge-reason">{judged.reason}</p>}
      {judged.evidence.length > 0 && (
        <ul className="evidence" aria-label="The model's evidence">
          {judged.evidence.map((e, i) => (
            <li key={i}>
              <span className="evidence-turn">
                {record.transcript.turns[e.turn]?.speaker === 'customer' ? customer : 'You'}, turn {e.turn + 1}
              </span>
              <q>{e.quote}</q>
            </li>
          ))}
        </ul>
      )}
      {judged.instructionQuotes.length > 0 && (
        <div className="judge-instruction" data-testid="judge-instruction-quote">
          <p>Unreliable: the model’s evidence here is a line that tells the judge what to do, so this verdict is not counted.</p>
          <ul className="evidence" aria-label="Lines aimed at the judge that the model quoted">
            {judged.instructionQuotes.map((e, i) => (
              <li key={i}>
                <span className="evidence-turn">
                  {record.transcript.turns[e.turn]?.speaker === 'customer' ? customer : 'You'}, turn {e.turn + 1}
                </span>
                <q>{e.quote}</q>
              </li>
            ))}
          </ul>
        </div>
      )}
      {judged.unsupported && <p className="muted">The model said “met” but quoted nothing from the call, so this verdict is not counted.</p>}
      {judged.droppedQuotes.length > 0 && (
        <p className="muted">
          {judged.droppedQuotes.length === 1 ? 'One quote' : `${judged.droppedQuotes.length} quotes`} the model gave{' '}
          {judged.droppedQuotes.length === 1 ? 'is' : 'are'} not in the call and {judged.droppedQuotes.length === 1 ? 'was' : 'were'} dropped.
        </p>
      )}
    </li>
  );
}

function disagreementLine(disagreements: readonly Disagreement[], view: JudgeView): string {
  const counted = view.principles.filter((p) => !p.unsupported && p.instructionQuotes.length === 0);
  if (view.unreliable && counted.length === 0) return 'No verdict of the model is left to compare with the rules.';
  const among = view.unreliable ? 'Leaving out the verdicts that rest on that line, ' : '';
  if (disagreements.length === 0) return `${among}${among ? 'the model' : 'The model'} agrees with the rules on every principle it judged.`;
  const names = disagreements.map((d) => principleById(d.principle).title).join('; ');
  return `${among}${among ? 'the model' : 'The model'} and the rules disagree on ${disagreements.length === 1 ? 'one principle' : `${disagreements.length} principles`}: ${names}.`;
}

/** The optional model judge on the Results screen: its view beside the official rule-based score. Renders nothing when off. */
export default function JudgePanel({ record }: { record: CallRecord }) {
  const enabled = useLlmSettingsStore((s) => s.judgeEnabled);
  const state = useJudgeRuns((s) => s.runs[record.id]);
  const scenario = scenarioById(record.scenarioId);
  useEffect(() => {
    if (enabled && scenario) void useJudgeRuns.getState().judge(record, scenario);
  }, [enabled, record, scenario]);
  if (!enabled) return null;
  const customer = scenario?.persona.name.split(' ')[0] ?? 'Customer';
  const rules = new Map(record.report.principles.map((p) => [p.id, p.verdict]));

  let body;
  if (!scenario) body = <p className="muted">The scenario of this call is not available, so the model cannot judge it.</p>;
  else if (!state || state.status === 'running') body = <p className="muted">The model is reading the call…</p>;
  else if (state.status === 'failed') {
    body = (
      <div className="notice notice-danger">
        <div className="notice-body">
          <p>The model could not judge this call. {state.message}</p>
          {state.retryable && (
            <div className="button-row">
              <button type="button" className="button button-small" onClick={() => void useJudgeRuns.getState().judge(record, scenario, { again: true })}>
                Try again
              </button>
            </div>
          )}
        </div>
      </div>
    );
  } else {
    const { view, disagreements } = state.run;
    const disagreeing = new Set(disagreements.map((d) => d.principle));
    body = (
      <>
        {view.unreliable && (
          <div className="notice notice-danger" role="alert" data-testid="judge-unreliable">
            <div className="notice-body">
              <p>
                <strong>This second opinion is unreliable.</strong> The model quoted, as its evidence, a line from the call that tells the judge what to score.
                A judge that takes orders from the call cannot be trusted; the verdicts resting on that line are not counted.
              </p>
            </div>
          </div>
        )}
        <p className="judge-overall" data-testid="judge-overall">
          {view.overall === null
            ? view.unreliable
              ? 'The model gave no verdict it could back with an ordinary line of the call.'
              : 'The model gave no verdict it could back with a quote from the call.'
            : `The model’s score: ${view.overall} / 100${view.unreliable ? ', from the verdicts that do not rest on that line' : ''} (yours stays ${Math.round(record.report.overall)}).`}
        </p>
        <p className={disagreements.length ? 'judge-disagreements' : 'muted'} data-testid="judge-disagreements">
          {disagreementLine(disagreements, view)}
        </p>
        <ul className="judge-list">
          {view.principles.map((judged) => (
            <JudgedPrinciple
              key={judged.id}
              judged={judged}
              record={record}
              rules={rules.get(judged.id)}
              disagrees={disagreeing.has(judged.id)}
              customer={customer}
            />
          ))}
        </ul>
        {view.missing.length > 0 && (
          <p className="muted">No usable verdict from the model for: {view.missing.map((id) => principleById(id).title).join('; ')}.</p>
        )}
      </>
    );
  }

  return (
    <section className="card judge-card" aria-labelledby="judge-title" aria-busy={state?.status === 'running'}>
      <h2 id="judge-title">Second opinion from the language model</h2>
      <p className="muted">
        Your score above is the official one, worked out by fixed rules. This is the model’s view of the same call; it does not change your score.
      </p>
      {body}
    </section>
  );
}
