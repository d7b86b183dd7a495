import { useEffect, type ReactNode } from 'react';
import { assignmentStatus, scenarioAttempts } from '../../core/assignments';
import type { CallRecord } from '../../core/history';
import { judgeLessonCall, onboardingStepOf } from '../../core/onboarding';
import { assignmentScenarioOf } from '../assignments/assignmentScenarioOf';
import { useAssignmentsStore } from '../assignments/assignmentsStore';
import { useClock } from '../clock/useClock';
import { useHistoryStore } from '../history/historyStore';
import { useOnboardingStore } from '../onboarding/onboardingStore';
import { Icon } from '../shared/Icon';

function Verdict({ passed, title, children }: { passed: boolean; title: string; children: ReactNode }) {
  return (
    <section
      className={`notice call-outcome ${passed ? 'call-outcome-passed' : 'notice-warning'}`}
      aria-label={title}
      data-testid="call-outcome"
      data-passed={passed}
    >
      <Icon name={passed ? 'check' : 'alert'} size={20} />
      <div className="notice-body">{children}</div>
    </section>
  );
}

/** A new-hire track call: passed or not, why, and what opens next. */
function LessonOutcome({ record, stepId }: { record: CallRecord; stepId: string }) {
  const track = useOnboardingStore((s) => s.track);
  // Count the call now, so the track is up to date when the trainee goes back to it.
  useEffect(() => useOnboardingStore.getState().syncFromHistory([record]), [record]);
  const index = track.steps.findIndex((s) => s.id === stepId);
  const step = track.steps[index];
  if (!step) return null;
  const outcome = judgeLessonCall(step, record.report, track.passMark);
  const next = track.steps[index + 1];
  const lesson = `Lesson ${index + 1} of ${track.steps.length}`;
  return (
    <Verdict passed={outcome.passed} title="New-hire track">
      <p>
        <strong>
          {lesson}, “{step.lesson.title}”: {outcome.passed ? 'passed' : 'not passed yet'}.
        </strong>{' '}
        {outcome.summary}
      </p>
      <p className="muted">A lesson passes with {track.passMark} or more overall and its own principle met (partly met counts).</p>
      {outcome.passed && (
        <p>
          {next ? (
            <>
              Unlocked: lesson {index + 2}, “{next.lesson.title}”. <a href="#/onboarding">Go to the track</a>
            </>
          ) : (
            <>
              That was the last lesson. <a href="#/certificate">See your certificate</a>
            </>
          )}
        </p>
      )}
    </Verdict>
  );
}

/** An assignment call: passed or not against the assignment's pass mark, and attempts left. */
function AssignmentOutcome({ record, assignmentId }: { record: CallRecord; assignmentId: string }) {
  const assignment = useAssignmentsStore((s) => s.received.find((a) => a.id === assignmentId));
  const records = useHistoryStore((s) => s.records);
  const clock = useClock();
  useEffect(() => useAssignmentsStore.getState().load(), []);
  if (!assignment) return null;
  const calls = records.some((r) => r.id === record.id) ? records : [...records, record];
  // A series call counts under its series: one attempt per run played to its last call, scored with the series score.
  const scenarioId = assignment.scenarioIds.find((id) => id === record.scenarioId || record.scenarioId.startsWith(`${id}/`));
  if (!scenarioId) return null;
  const scenarioOf = assignmentScenarioOf(assignment);
  // Attempts and deadline are as of this render; nothing memoizes it.
  const progress = assignmentStatus(assignment, calls, clock.now(), scenarioOf).scenarios.find((s) => s.scenarioId === scenarioId);
  if (!progress) return null;
  const isSeries = scenarioId !== record.scenarioId;
  const mine = calls
    .filter((c) => c.assignmentId === assignment.id)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
    .map((c) => ({ id: c.id, scenarioId: c.scenarioId, startedAt: c.startedAt, overall: c.report.overall, transcript: c.transcript }));
  const counting = isSeries ? scenarioAttempts(scenarioId, mine, scenarioOf) : undefined;
  const attempt = counting?.attempts.find((a) => a.callIds.includes(record.id));
  if (counting && !attempt) {
    const run = progress.runInProgress?.callIds.includes(record.id) ? progress.runInProgress : undefined;
    return (
      <Verdict passed={false} title="Assignment">
        {run ? (
          <p>
            <strong>
              Assignment “{assignment.title}”: series in progress, call {run.next + 1} of {run.total} next.
            </strong>{' '}
            The series counts as an attempt, with its series score, once its last call is played. Play the next call from{' '}
            <a href="#/assigned">Assigned to me</a>.
          </p>
        ) : counting.retryCallIds.includes(record.id) ? (
          <p>
            <strong>Assignment “{assignment.title}”: practice, not counted.</strong> This call plays again a later call of a series run you had already
            finished, and a finished run keeps its series score. To make another attempt, start the series again from call 1 on{' '}
            <a href="#/assigned">Assigned to me</a>.
          </p>
        ) : (
          <p>
            <strong>Assignment “{assignment.title}”: not counted.</strong> This call is not part of a series run that can still count. See{' '}
            <a href="#/assigned">Assigned to me</a>.
          </p>
        )}
      </Verdict>
    );
  }
  const score = attempt ? attempt.overall : record.report.overall;
  const overall = Math.round(score);
  const passed = score >= assignment.passMark;
  const left = progress.attemptsLeft;
  let after: string;
  if (progress.passed) after = passed ? 'This scenario is done.' : `You already passed this scenario with ${Math.round(progress.best ?? 0)}.`;
  else if (left <= 0) after = 'No attempts left: this scenario is failed. Your manager sees it in your results file.';
  else after = `${left} attempt${left === 1 ? '' : 's'} left.`;
  return (
    <Verdict passed={passed} title="Assignment">
      <p>
        <strong>
          Assignment “{assignment.title}”: {passed ? 'passed' : 'not passed'}.
        </strong>{' '}
        {attempt ? 'The series scored' : 'This call scored'} {overall}; the pass mark is {assignment.passMark}. {after}
      </p>
      <p>
        {left > 0 && !progress.passed ? 'Play again or export your results from ' : 'Export your results from '}
        <a href="#/assigned">Assigned to me</a>.
      </p>
    </Verdict>
  );
}

/** Whether a track or assignment call passed, shown at the top of its results. */
export function CallOutcomeNotice({ record }: { record: CallRecord }) {
  if (!record.assignmentId) return null;
  const stepId = onboardingStepOf(record.assignmentId);
  return stepId ? <LessonOutcome record={record} stepId={stepId} /> : <AssignmentOutcome record={record} assignmentId={record.assignmentId} />;
}
