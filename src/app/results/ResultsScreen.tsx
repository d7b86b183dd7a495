import './results.css';
import { lazy, Suspense } from 'react';
import type { CallRecord } from '../../core/history';
import { useCall } from '../call/useCall';
import { scenarioById } from '../scenarios/scenarioCatalog';
import { Icon } from '../shared/Icon';
import { formatDuration, lastOnTheLine } from '../shared/labels';
import { ScreenHeading } from '../shared/ScreenHeading';
import { ScreenLoading } from '../shared/ScreenLoading';
import { CallOutcomeNotice } from './CallOutcomeNotice';
import { UnsavedNotice } from './UnsavedNotice';
import { UploadState } from '../teamMode/parts/UploadState';
import { GoalComparison } from './GoalComparison';
import { MedalBadge } from './MedalBadge';
import { HUNG_UP_CAP, failedCallOf, overallScore, medalFor, type FailedCall, type Medal } from '../../core/scoring';
import type { Scenario } from '../../core/scenario';
import { PrincipleVerdicts } from './PrincipleVerdicts';
import { ScoreCounter } from './ScoreCounter';
import { useCallRecord } from '../call/useCallRecord';
import { RetryComparison } from './RetryComparison';
import { RetriesOf } from './RetriesOf';
import { selectRecord, useHistoryStore } from '../history/historyStore';
import { useBriefingDraft } from '../shared/briefingDraftStore';
import { NotFoundScreen } from '../shared/NotFoundScreen';
import { SeriesStory } from '../series/SeriesStory';

// The model's second opinion: its code (and the model client) loads with the results, not before.
const JudgePanel = lazy(() => import('../llm/JudgePanel'));

const VERDICT_LINE: Record<Medal, string> = {
  gold: 'Outstanding. This is how a follow-up call should go.',
  silver: 'A strong call, with a thing or two to sharpen.',
  bronze: 'A fair start. The replay shows where points slipped away.',
  none: 'Not there yet. Replay the call to see each mistake and a better line.',
};

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Why the overall is below what the principles add up to, when it is: the call failed outright, so it is capped. */
function capReason(record: CallRecord, scenario: Scenario): FailedCall | undefined {
  if (record.report.overall !== HUNG_UP_CAP || overallScore(record.report.principles, scenario.principles) <= HUNG_UP_CAP) return undefined;
  return failedCallOf(scenario, record.transcript) ?? 'hung-up';
}

const CAP_CAUSE: Record<FailedCall, (customer: string) => string> = {
  'hung-up': (customer) => `${customer} ended the call on you`,
  'pressed-past-no': (customer) => `you kept pressing after ${customer} said no`,
};
/** Who ended a capped call, or said the no: the customer by full name, or the assistant when she had the line. */
function endedBy(record: CallRecord, customerName: string, scenario?: Scenario): string {
  const last = record.transcript.turns.findLast((turn) => turn.speaker === 'customer');
  return last?.party === 'gatekeeper' ? lastOnTheLine(record.transcript.turns, customerName, scenario) : customerName;
}

/** Results: the score counting up, the medal, the goal beside the outcome, and every principle with its evidence. */

export default function ResultsScreen({ recordId }: { recordId: string }) {
  const { record, loading, unsaved, pending } = useCallRecord(recordId);
  const plan = useCall((s) => s.plan);
  const parent = useHistoryStore(selectRecord(record?.retryOf?.recordId ?? ''));
  if (loading) return <ScreenLoading />;
  if (!record) {
    return (
      <NotFoundScreen
        screen="results"
        title="Call not found"
        message={`There is no saved call “${recordId}” in this browser. It may have been cleared from History.`}
        ways={[
          { href: '#/', label: 'Choose a scenario' },
          { href: '#/history', label: 'Open History' },
        ]}
      />
    );
  }
  const scenario = scenarioById(record.scenarioId);
  const customerName = scenario?.persona.name ?? 'The customer';
  const cap = scenario ? capReason(record, scenario) : undefined;
  const overall = Math.round(record.report.overall);
  const medal = medalFor(overall);
  const lastAt = record.transcript.turns.at(-1)?.at;
  const mistakes = record.report.mistakes.length;

  return (
    <section className="screen results" data-screen="results" aria-labelledby="results-title">
      <a className="back-link" href="#/">
        ← All scenarios
      </a>
      <header className="screen-header">
        <p className="eyebrow">Results</p>
        <ScreenHeading id="results-title">{record.scenarioTitle || scenario?.title || record.scenarioId}</ScreenHeading>
        <p className="lede">
          Call with {customerName}
          {lastAt !== undefined ? ` · ${formatDuration(lastAt)}` : ''} · {plural(record.transcript.turns.filter((t) => t.speaker === 'rep').length, 'line')}{' '}
          from you
        </p>
      </header>

      {unsaved && <UnsavedNotice record={record} pending={pending} />}
      <CallOutcomeNotice record={record} />
      <UploadState callId={record.id} />

      <section className={`card score-hero score-hero-${medal}`} aria-labelledby="score-title">
        <div className="score-ring">
          <h2 id="score-title" className="visually-hidden">
            Overall score
          </h2>
          <ScoreCounter value={overall} />
          <span className="score-of" aria-hidden="true">
            / 100
          </span>
        </div>
        <div className="score-summary">
          <MedalBadge medal={medal} />
          <p className="score-line">{VERDICT_LINE[medal]}</p>
          {cap && scenario && (
            <p className="notice notice-warning">
              Capped at {HUNG_UP_CAP}: {CAP_CAUSE[cap](endedBy(record, customerName, scenario))}, so it failed, whatever its lines earned (they add up to{' '}
              {overallScore(record.report.principles, scenario.principles)}).
            </p>
          )}
          <p className="muted">Medals: bronze from 50, silver from 75, gold from 90.</p>
          <div className="button-row">
            <a className="button button-primary" href={`#/replay/${encodeURIComponent(record.id)}`}>
              <Icon name="replay" size={18} /> {mistakes === 0 ? 'Replay the call' : `Replay with commentary (${mistakes} mistake${mistakes === 1 ? '' : 's'})`}
            </a>
            {/* An assignment counts its attempts on the Assigned screen; a retry from here could go past them. */}
            {scenario && !(plan?.assignmentId && !plan.assignmentId.startsWith('onboarding:')) && (
              // The goal written for this call comes along, ready to edit.
              <a
                className="button"
                href={`#/briefing/${encodeURIComponent(scenario.id)}`}
                onClick={() => useBriefingDraft.getState().setGoal(scenario.id, record.transcript.goal ?? '')}
              >
                Try again
              </a>
            )}
            {plan?.returnTo && plan.assignmentId && plan.assignmentId === record.assignmentId ? (
              <a className="button button-ghost" href={plan.returnTo.hash}>
                {plan.returnTo.label}
              </a>
            ) : (
              <a className="button button-ghost" href="#/">
                Other scenarios
              </a>
            )}
          </div>
        </div>
      </section>

      {record.scenarioId.includes('/') && <SeriesStory recordId={record.id} scenarioId={record.scenarioId} />}
      {parent && <RetryComparison record={record} parent={parent} />}
      {record.retryOf && !parent && <p className="muted">A retry from line {record.retryOf.turn + 1} of a call that is no longer in History.</p>}
      <RetriesOf record={record} />
      <GoalComparison record={record} customerName={customerName} scenarioGoal={scenario?.briefing.goal} scenario={scenario} />
      <PrincipleVerdicts record={record} customerName={customerName} scenario={scenario} />
      <Suspense fallback={null}>
        <JudgePanel record={record} />
      </Suspense>
    </section>
  );
}
