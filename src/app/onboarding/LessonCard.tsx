import type { StepProgress, StepStatus, TrackStep } from '../../core/onboarding';
import { Icon } from '../shared/Icon';
import { difficultyLabel } from '../shared/labels';

/** What a lesson card shows and can do. */
export interface LessonCardProps {
  step: TrackStep;
  number: number;
  status: StepStatus;
  progress?: StepProgress;
  passMark: number;
  onPractise(step: TrackStep): void;
  onRead(step: TrackStep): void;
}

function StatusChip({ status, best }: { status: StepStatus; best?: number }) {
  if (status === 'passed')
    return (
      <span className="chip chip-easy">
        <Icon name="check" size={14} /> Passed{best !== undefined ? ` · best ${Math.round(best)}` : ''}
      </span>
    );
  if (status === 'open') return <span className="chip wf-chip-next">Up next</span>;
  return <span className="chip">Locked</span>;
}

/** The lesson body: the principle in our words, a habit, a weak and a better line, and where it comes from. */
function LessonBody({ step }: { step: TrackStep }) {
  const { lesson } = step;
  return (
    <div className="wf-lesson-body">
      <p>{lesson.explanation}</p>
      <p className="wf-habit">
        <strong>On your next call: </strong>
        {lesson.habit}
      </p>
      <div className="wf-lines">
        <figure className="wf-line wf-line-weak">
          <figcaption>Weak</figcaption>
          <blockquote>{lesson.weak}</blockquote>
        </figure>
        <figure className="wf-line wf-line-better">
          <figcaption>Better</figcaption>
          <blockquote>{lesson.better}</blockquote>
        </figure>
      </div>
      <p className="wf-source muted">From: {lesson.sources.join('; ')}</p>
    </div>
  );
}

/** One step of the track: the lesson card, then the scenario that practises it (locked until the step before is passed). */
export function LessonCard({ step, number, status, progress, passMark, onPractise, onRead }: LessonCardProps) {
  const titleId = `lesson-${step.id}-title`;
  const locked = status === 'locked';
  return (
    <li className={`card wf-lesson wf-lesson-${status}`} aria-labelledby={titleId} data-step={step.id} data-status={status}>
      <header className="wf-lesson-head">
        <span className="wf-step-number" aria-hidden="true">
          {status === 'passed' ? <Icon name="check" size={18} /> : number}
        </span>
        <div className="wf-lesson-title">
          <p className="eyebrow">Lesson {number}</p>
          <h2 id={titleId}>{step.lesson.title}</h2>
        </div>
        <StatusChip status={status} best={progress?.bestPassed} />
      </header>
      {status === 'open' && <LessonBody step={step} />}
      {status === 'passed' && (
        <details className="wf-reread">
          <summary>Read the lesson again</summary>
          <LessonBody step={step} />
        </details>
      )}
      {locked && <p className="muted">Pass lesson {number - 1} to unlock this one.</p>}
      {!locked && (
        <div className="wf-practice">
          {step.scenarioId ? (
            <>
              <p>
                <strong>Practise it:</strong> {step.scenarioTitle} <span className={`chip chip-${step.difficulty}`}>{difficultyLabel(step.difficulty)}</span>{' '}
                <span className="chip">{step.mode === 'guided' ? 'Guided lines' : 'Free text'}</span>
              </p>
              <p className="muted">
                Score {passMark} or more overall, with this lesson’s principle met, to pass.
                {progress && progress.attempts > 0
                  ? ` ${progress.attempts} call${progress.attempts === 1 ? '' : 's'} so far, best ${Math.round(progress.best ?? 0)}.`
                  : ''}
              </p>
              <button type="button" className={`button ${status === 'open' ? 'button-primary' : ''}`} onClick={() => onPractise(step)}>
                <Icon name="phone" size={18} /> {status === 'passed' ? 'Practise again' : progress && progress.attempts > 0 ? 'Try again' : 'Start the call'}
              </button>
            </>
          ) : (
            status === 'open' && (
              <button type="button" className="button button-primary" onClick={() => onRead(step)}>
                I have read this lesson
              </button>
            )
          )}
        </div>
      )}
    </li>
  );
}
