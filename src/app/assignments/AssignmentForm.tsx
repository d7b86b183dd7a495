import { useId, useState, type FormEvent } from 'react';
import { ASSIGNMENT_DIFFICULTIES, ASSIGNMENT_LIMITS, type Assignment, createAssignment } from '../../core/assignments';
import type { ValidationError } from '../../core/scenario';
import { useCustomScenarios } from '../authoring/customScenariosStore';
import { useClock } from '../clock/useClock';
import { useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { difficultyLabel } from '../shared/labels';
import { assignmentFormDraft, type AssignmentFormDraft as Draft, EMPTY_DRAFT as EMPTY } from './assignmentFormDraft';
import { endOfLocalDay, newAssignmentId } from './describeAssignment';
import { assignmentFieldError } from './assignmentFieldError';
import { ValidationErrors } from '../shared/ValidationErrors';

function errorFor(errors: readonly ValidationError[], path: string): string | undefined {
  const error = errors.find((e) => e.path === path || e.path.startsWith(`${path}.`));
  return error && assignmentFieldError(error).message;
}

/** The manager's form: title, scenarios (built-in and custom), pass mark, due date, attempts, customer and mode. */
export function AssignmentForm({
  onCreated,
  submitLabel = 'Create assignment',
  initial,
  heading = initial ? 'Edit assignment' : 'New assignment',
  rulesLocked,
  onCancel,
}: {
  /** May answer with the problems a server found: the form then keeps what was typed. */
  onCreated(assignment: Assignment): void | Promise<ValidationError[] | undefined>;
  submitLabel?: string;
  /** An assignment to edit: the form starts from it and keeps its id and creation time. */
  initial?: Assignment;
  heading?: string;
  /** Why the scenarios, customer, mode and difficulty cannot change; they are shown but disabled. */
  rulesLocked?: string;
  onCancel?(): void;
}) {
  const builtIn = useScenarioCatalog((s) => s.builtIn);
  const saved = useCustomScenarios((s) => s.scenarios);
  // An edited assignment's own custom scenarios come first: they are what its trainees play.
  const custom = initial ? [...initial.customScenarios, ...saved.filter((s) => !initial.customScenarios.some((c) => c.id === s.id))] : saved;
  const clock = useClock();
  const [start] = useState<Draft>(() => (initial ? assignmentFormDraft(initial) : EMPTY));
  const [draft, setDraft] = useState<Draft>(start);
  const [errors, setErrors] = useState<ValidationError[]>([]);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const toggle = (scenarioId: string) =>
    set({ scenarioIds: draft.scenarioIds.includes(scenarioId) ? draft.scenarioIds.filter((s) => s !== scenarioId) : [...draft.scenarioIds, scenarioId] });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    // An untouched day keeps its time: a due date set elsewhere need not be at the end of the day.
    const dueDate =
      draft.dueDay && draft.dueDay === start.dueDay && initial?.dueDate ? initial.dueDate : draft.dueDay ? endOfLocalDay(draft.dueDay) : undefined;
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
      {
        id: initial?.id ?? newAssignmentId(clock),
        createdAt: initial?.createdAt ?? new Date(clock.now()).toISOString(),
        customScenarios: custom,
        builtinScenarioIds: builtIn.map((s) => s.id),
      },
    );
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const answer = onCreated(result.value);
    if (!answer) {
      setErrors([]);
      if (!initial) setDraft(EMPTY);
      return;
    }
    // A server's answer: what was typed stays until it accepts.
    setSaving(true);
    void answer
      .then((refused) => {
        setErrors(refused ?? []);
        if (!initial && (!refused || refused.length === 0)) setDraft(EMPTY);
      })
      .finally(() => setSaving(false));
  }
  const fewerAttempts = initial && Number(draft.attemptsAllowed) < initial.attemptsAllowed ? Number(draft.attemptsAllowed) : undefined;

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
    <form className="card wf-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`} aria-busy={saving || undefined}>
      <h2 id={`${id}-title`}>{heading}</h2>
      {rulesLocked && <p className="hint">{rulesLocked}</p>}
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
      <fieldset className="field wf-fieldset" disabled={rulesLocked !== undefined}>
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
          {fewerAttempts !== undefined && fewerAttempts >= 1 && (
            <p className="hint">
              Whoever already played more keeps those calls, but only their first {fewerAttempts} count: grant attempts to give someone more.
            </p>
          )}
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
        <fieldset className="field wf-fieldset" disabled={rulesLocked !== undefined}>
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
        <fieldset className="field wf-fieldset" disabled={rulesLocked !== undefined}>
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
          <select
            id={`${id}-diff`}
            value={draft.difficulty}
            disabled={rulesLocked !== undefined}
            onChange={(e) => set({ difficulty: e.target.value as Draft['difficulty'] })}
          >
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
            <strong>{initial ? 'The changes were not saved:' : 'The assignment was not created:'}</strong>
            <ValidationErrors errors={errors} describe={assignmentFieldError} />
          </div>
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-ghost" onClick={onCancel} disabled={saving}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
