import '../shared/workflows.css';
import { useEffect } from 'react';
import { isComplete, stepStatuses, onboardingAssignmentId, type TrackStep } from '../../core/onboarding';
import { playUnderRules } from '../call/playUnderRules';
import { useCallStore } from '../call/callStore';
import type { Clock } from '../clock/systemClock';
import { useClock } from '../clock/useClock';
import { useHistoryStore } from '../history/historyStore';
import { ScreenHeading } from '../shared/ScreenHeading';
import { LessonCard } from './LessonCard';
import { useOnboardingStore } from './onboardingStore';

function practise(step: TrackStep, number: number, clock: Clock): void {
  if (!step.scenarioId) return;
  useOnboardingStore.getState().dispatch({ type: 'lesson-read', stepId: step.id, at: new Date(clock.now()).toISOString() });
  playUnderRules({
    scenarioId: step.scenarioId,
    mode: step.mode,
    personaKind: 'scripted',
    assignmentId: onboardingAssignmentId(step.id),
    returnTo: { label: 'Back to the new-hire track', hash: '#/onboarding' },
    label: `New-hire track, lesson ${number}: ${step.lesson.title} · ${step.mode === 'guided' ? 'guided lines' : 'free text'} · scripted customer`,
  });
}

/** The new-hire track: a lesson per principle, each followed by the call that practises it, unlocked one by one. */
export default function OnboardingScreen() {
  const track = useOnboardingStore((s) => s.track);
  const progress = useOnboardingStore((s) => s.progress);
  const notices = useOnboardingStore((s) => s.notices);
  const records = useHistoryStore((s) => s.records);
  const clock = useClock();
  useEffect(() => {
    useOnboardingStore.getState().load();
    void useHistoryStore.getState().load();
    // Back from a call: its rules must not follow the trainee into self-practice.
    useCallStore.getState().setPlan(undefined);
  }, []);
  // Calls finished since the last visit (their results were saved to history) count here.
  useEffect(() => useOnboardingStore.getState().syncFromHistory(records), [records]);
  const statuses = stepStatuses(track, progress);
  const passed = statuses.filter((s) => s === 'passed').length;
  const complete = isComplete(track, progress);
  return (
    <section className="screen wf-onboarding" data-screen="onboarding" aria-labelledby="onboarding-title">
      <header className="screen-header">
        <p className="eyebrow">New-hire track</p>
        <ScreenHeading id="onboarding-title">Learn the eight principles, one call at a time</ScreenHeading>
        <p className="lede">
          Each lesson is short and ends with a practice call. Score {track.passMark} or more to unlock the next lesson. The first calls give you three lines to
          choose from; later you type your own.
        </p>
      </header>
      <div className="wf-progress" role="group" aria-label="Track progress">
        <div
          className="wf-progress-bar"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={track.steps.length}
          aria-valuenow={passed}
          aria-label="Lessons passed"
        >
          <span style={{ width: `${(passed / Math.max(1, track.steps.length)) * 100}%` }} />
        </div>
        <p>
          <strong>{passed}</strong> of {track.steps.length} lessons passed
        </p>
      </div>
      {notices.map((notice) => (
        <p key={notice} className="notice notice-warning" role="status">
          {notice}
        </p>
      ))}
      {complete && (
        <div className="notice wf-complete" role="status">
          <div className="notice-body">
            <strong>You have finished the track.</strong>
            <p>
              <a className="button button-primary" href="#/certificate">
                See your certificate
              </a>
            </p>
          </div>
        </div>
      )}
      <ol className="wf-track">
        {track.steps.map((step, index) => (
          <LessonCard
            key={step.id}
            step={step}
            number={index + 1}
            status={statuses[index] ?? 'locked'}
            progress={progress.steps[step.id]}
            passMark={track.passMark}
            onPractise={(s) => practise(s, index + 1, clock)}
            onRead={(s) => useOnboardingStore.getState().dispatch({ type: 'lesson-read', stepId: s.id, at: new Date(clock.now()).toISOString() })}
          />
        ))}
      </ol>
    </section>
  );
}
