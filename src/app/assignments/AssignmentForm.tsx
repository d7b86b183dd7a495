import { useId, useState, type FormEvent } from 'react';
import {
  ASSIGNMENT_DIFFICULTIES,
  ASSIGNMENT_LIMITS,
  type Assignment,
  type AssignmentDifficulty,
  type InputMode,
  type PersonaKind,
  createAssignment,
} from '../../core/assignments';
import type { ValidationError } from '../../core/scenario';
import { useCustomScenarios } from '../authoring/customScenariosStore';
import { useClock } from '../clock/useClock';
import { useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { difficultyLabel } from '../shared/labels';
import { endOfLocalDay, newAssignmentId } from './describeAssignment';
import { assignmentFieldError } from './assignmentFieldError';
import { ValidationErrors } from '../shared/ValidationErrors';

/** Form fields, as typed. */
interface Draft {
  title: string;
  note: string;
  scenarioIds: string[];
  passMark: string;
  dueDay: string;
  attemptsAllowed: string;
  personaKind: PersonaKind;
  mode: InputMode;
  /** Empty: each scenario at its own difficulty. */
  difficulty: AssignmentDifficulty | '';
}

const EMPTY: Draft = {
  title: '',
  note: '',
  scenarioIds: [],
  passMark: '70',
  dueDay: '',
  attemptsAllowed: '3',
  personaKind: 'scripted',
  mode: 'guided',
  difficulty: '',
};

function errorFor(errors: readonly ValidationError[], path: string): string | undefined {
  const error = errors.find((e) => e.path === path || e.path.startsWith(`${path}.`));
  return error && assignmentFieldError(error).message;
}

/** The manager's form: title, scenarios (built-in and custom), pass mark, due date, attempts, customer and mode. */
export function AssignmentForm({
  onCreated,
  submitLabel = 'Create assignment',
}: {
  /** May answer with the problems a server found: the form then keeps what was typed. */
  onCreated(assignment: Assignment): void | Promise<ValidationError[] | undefined>;
  submitLabel?: string;
}) {
  const builtIn = useScenarioCatalog((s) => s.builtIn);
  const custom = useCustomScenarios((s) => s.scenarios);
  const clock = useClock();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<ValidationError[]>([]);
  const id = useId();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = (scenarioId: string) =>
    set({ scenarioIds: draft.scenarioIds.includes(scenarioId) ? draft.scenarioIds.filter((s) => s !== scenarioId) : [...draft.scenarioIds, scenarioId] });

  function submit(event: FormEvent) {
    event.preventDefault();
    const dueDate = draft.dueDay ? endOfLocalDay(draft.dueDay) : undefined;
    if (draft.dueDay && !dueDate) return setErrors([{ path: 'dueDate', message: 'expected a date' }]);
    const result = createAssignment(
      {
        title: draft.title,
        note: draft.note,
        scenarioIds: draft.scenarioIds,
        passMark: draft.passMark.trim() === '' ? Number.NaN : Number(draft.passMark),
        ...(dueDate ? { dueDate } : {}),
        attemptsAllowed: draft.attemptsAllowed.trim() === '' ? Number.NaN : Number(draft.attemptsAllowed),
        personaKind: draft.personaKind,
        mode: draft.mode,
        ...(draft.difficulty ? { difficulty: draft.difficulty } : {}),
      },
      { id: newAssignmentId(clock), createdAt: new Date(clock.now()).toISOString(), customScenarios: custom, builtinScenarioIds: builtIn.map((s) => s.id) },
    );
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const answer = onCreated(result.value);
    if (!answer) {
      setErrors([]);
      setDraft(EMPTY);
      return;
    }
    // A server's answer: what was typed stays until it accepts.
    void answer.then((refused) => {
      setErrors(refused ?? []);
      if (!refused || refused.length === 0) setDraft(EMPTY);
    });
  }

  const scenarioChoice = (s: { id: string; title: string; difficulty: 'easy' | 'medium' | 'hard' }, isCustom: boolean) => (
    <li key={s.id}>
      <label className="wf-check">
        <input type="checkbox" checked={draft.scenarioIds.includes(s.id)} onChange={() => toggle(s.id)} />
        <span>{s.title}</span>
        <span className={`chip chip-${s.difficulty}`}>{difficultyLabel(s.difficulty)}</span>
        {isCustom && <span className="chip">Custom</span>}
      </label>
    </li>
  );

  return (
    <form className="card wf-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>New assignment</h2>
      <div className="field">
        <label htmlFor={`${id}-t`}>Title</label>
        <input
          id={`${id}-t`}
          type="text"
          value={draft.title}
          maxLength={ASSIGNMENT_LIMITS.maxTitleChars}
          onChange={(e) => set({ title: e.target.value })}
          aria-invalid={errorFor(errors, 'title') ? true : undefined}
        />
        {errorFor(errors, 'title') && <p className="error">{errorFor(errors, 'title')}</p>}
      </div>
      <div className="field">
        <label htmlFor={`${id}-n`}>Note to trainees (optional)</label>
        <textarea id={`${id}-n`} rows={2} value={draft.note} maxLength={ASSIGNMENT_LIMITS.maxNoteChars} onChange={(e) => set({ note: e.target.value })} />
      </div>
      <fieldset className="field wf-fieldset">
        <legend className="label">Scenarios</legend>
        <ul className="wf-checklist">{builtIn.map((s) => scenarioChoice(s, false))}</ul>
        {custom.length > 0 && (
          <>
            <p className="hint">Your custom scenarios travel inside the assignment.</p>
            <ul className="wf-checklist">{custom.map((s) => scenarioChoice(s, true))}</ul>
          </>
        )}
        {errorFor(errors, 'scenarioIds') && <p className="error">{errorFor(errors, 'scenarioIds')}</p>}
      </fieldset>
      <div className="wf-grid">
        <div className="field">
          <label htmlFor={`${id}-p`}>Pass mark (0–100)</label>
          <input
            id={`${id}-p`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            value={draft.passMark}
            onChange={(e) => set({ passMark: e.target.value })}
            aria-invalid={errorFor(errors, 'passMark') ? true : undefined}
          />
          {errorFor(errors, 'passMark') && <p className="error">{errorFor(errors, 'passMark')}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-a`}>Attempts per scenario</label>
          <input
            id={`${id}-a`}
            type="number"
            inputMode="numeric"
            min={1}
            max={ASSIGNMENT_LIMITS.maxAttempts}
            value={draft.attemptsAllowed}
            onChange={(e) => set({ attemptsAllowed: e.target.value })}
            aria-invalid={errorFor(errors, 'attemptsAllowed') ? true : undefined}
          />
          {errorFor(errors, 'attemptsAllowed') && <p className="error">{errorFor(errors, 'attemptsAllowed')}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-d`}>Due date (optional)</label>
          <input
            id={`${id}-d`}
            type="date"
            value={draft.dueDay}
            onChange={(e) => set({ dueDay: e.target.value })}
            aria-invalid={errorFor(errors, 'dueDate') ? true : undefined}
          />
          {errorFor(errors, 'dueDate') && <p className="error">{errorFor(errors, 'dueDate')}</p>}
        </div>
      </div>
      <div className="wf-grid">
        <fieldset className="field wf-fieldset">
          <legend className="label">Customer</legend>
          <label className="wf-check">
            <input type="radio" name={`${id}-persona`} checked={draft.personaKind === 'scripted'} onChange={() => set({ personaKind: 'scripted' })} /> Scripted
            (works offline)
          </label>
          <label className="wf-check">
            <input type="radio" name={`${id}-persona`} checked={draft.personaKind === 'llm'} onChange={() => set({ personaKind: 'llm' })} /> Played by a
            language model
          </label>
        </fieldset>
        <fieldset className="field wf-fieldset">
          <legend className="label">How trainees speak</legend>
          <label className="wf-check">
            <input type="radio" name={`${id}-mode`} checked={draft.mode === 'guided'} onChange={() => set({ mode: 'guided' })} /> Guided: pick one of three
            lines
          </label>
          <label className="wf-check">
            <input type="radio" name={`${id}-mode`} checked={draft.mode === 'free'} onChange={() => set({ mode: 'free' })} /> Free text
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-diff`}>Difficulty</label>
          <select id={`${id}-diff`} value={draft.difficulty} onChange={(e) => set({ difficulty: e.target.value as Draft['difficulty'] })}>
            <option value="">Each scenario’s own</option>
            {ASSIGNMENT_DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {difficultyLabel(d)} for every scenario
              </option>
            ))}
          </select>
          <p className="hint">Trainees play at this difficulty; their own setting does not apply.</p>
        </div>
      </div>
      {errors.length > 0 && (
        <div className="notice notice-danger" role="alert">
          <div className="notice-body">
            <strong>The assignment was not created:</strong>
            <ValidationErrors errors={errors} describe={assignmentFieldError} />
          </div>
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
