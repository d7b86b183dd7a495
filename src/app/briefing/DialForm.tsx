import { useId, useState, type FormEvent } from 'react';
import { useBriefingDraft } from '../shared/briefingDraftStore';
import type { Scenario } from '../../core/scenario';
import { selectHoldsUnsavedCall, selectOpenCall } from '../call/callSelectors';
import { useCall, useCallApi } from '../call/useCall';
import { primeAudio } from '../call/playBeep';
import { navigate } from '../navigation/navigate';
import { effectiveDifficulty, useSettingsStore } from '../settings/settingsStore';
import { Icon } from '../shared/Icon';
import { difficultyLabel, firstName } from '../shared/labels';
import { ModeSwitch } from '../call/ModeSwitch';

/** Longest goal kept: one line. */
export const MAX_GOAL_CHARS = 200;

/** "Before you dial": the trainee's one-line goal, how they will speak, and the dial button. */
export function DialForm({ scenario }: { scenario: Scenario }) {
  // The goal lives in the draft store, so "Try again" and a trip to Settings and back keep it, ready to edit.
  const goal = useBriefingDraft((s) => s.goals[scenario.id] ?? '');
  const suggestion = useBriefingDraft((s) => s.suggested[scenario.id]);
  const [error, setError] = useState<string>();
  const goalId = useId();
  const difficultyPreference = useSettingsStore((s) => s.difficulty);
  const preferredPersona = useSettingsStore((s) => s.personaKind);
  const call = useCallApi();
  const storedPlan = useCall((s) => s.plan);
  const plan = storedPlan?.scenarioId === scenario.id ? storedPlan : undefined;
  const personaKind = plan?.personaKind ?? preferredPersona;
  const otherCall = useCall(selectOpenCall);
  const unsavedCall = useCall(selectHoldsUnsavedCall);
  const difficulty = plan?.difficulty ?? suggestion?.difficulty ?? effectiveDifficulty(difficultyPreference, scenario.difficulty);
  // What the plan fixes cannot be changed in Settings for this call.
  const fixed = Boolean(plan?.difficulty && plan.personaKind);
  const name = firstName(scenario.persona.name);

  function dial(event: FormEvent) {
    event.preventDefault();
    const text = goal.replace(/\s+/g, ' ').trim();
    if (text === '') {
      setError('Write your goal first. Never dial without knowing what you want from the call.');
      document.getElementById(goalId)?.focus();
      return;
    }
    primeAudio();
    const store = call.getState();
    // A plan for another scenario does not apply to this call.
    if (storedPlan && !plan) store.setPlan(undefined);
    void store.startCall(scenario, { goal: text, personaKind, difficulty, forcedMode: plan?.mode, assignmentId: plan?.assignmentId });
    navigate({ name: 'call' });
  }

  return (
    <form className="card dial-form" onSubmit={dial} noValidate aria-labelledby="dial-title">
      <h2 id="dial-title">Before you dial</h2>
      <div className="field">
        <label htmlFor={goalId}>Your goal for this call</label>
        <p className="hint" id={`${goalId}-hint`}>
          One line: what should be settled when you hang up? It is saved with the call and shown next to your result.
        </p>
        <input
          id={goalId}
          type="text"
          value={goal}
          maxLength={MAX_GOAL_CHARS}
          placeholder={scenario.channel === 'voicemail' ? `e.g. Give ${name} a reason to call me back by Friday` : `e.g. Agree a date with ${name} for …`}
          aria-describedby={`${goalId}-hint${error ? ` ${goalId}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            useBriefingDraft.getState().setGoal(scenario.id, e.target.value);
            if (error) setError(undefined);
          }}
        />
        {error && (
          <p className="error" id={`${goalId}-error`} role="alert">
            {error}
          </p>
        )}
      </div>

      {plan?.label && (
        <div className="notice plan-line" role="note">
          <div className="notice-body">
            <p>{plan.label}</p>
            {/* The rules stay set after a track or assignment call (so "Try again" keeps them); this is the way out. */}
            <p>
              <button type="button" className="button button-small button-ghost plan-clear" onClick={() => call.getState().setPlan(undefined)}>
                Practise on your own instead
              </button>
            </p>
          </div>
        </div>
      )}

      {plan?.mode ? (
        <p className="field">
          <span className="label">How you will speak</span>
          <span>{plan.mode === 'guided' ? 'Guided: pick one of three lines at each turn.' : 'Free text: type what you would say.'} Set for this call.</span>
        </p>
      ) : (
        <div className="field">
          <span className="label" id="mode-label">
            How you will speak
          </span>
          <ModeSwitch labelledBy="mode-label" />
          <p className="hint">Guided: pick one of three lines. Free text: type your own. You can switch during the call.</p>
        </div>
      )}

      <p className="dial-settings muted">
        {difficultyLabel(difficulty)} difficulty · {personaKind === 'llm' ? 'customer played by a language model' : 'scripted customer'}
        {fixed ? (
          ' · set for this call'
        ) : suggestion && !plan?.difficulty ? (
          <>
            {' '}
            · recommended: {suggestion.why} ·{' '}
            <button type="button" className="link-button" onClick={() => useBriefingDraft.getState().suggest(scenario.id, undefined)}>
              use my setting
            </button>
          </>
        ) : (
          <>
            {' '}
            · <a href="#/settings">change</a>
          </>
        )}
      </p>

      {unsavedCall && (
        <p className="notice notice-warning" role="status">
          Your last call is not saved to History yet. Dialling opens it first, so you can save or export it.
        </p>
      )}
      {!unsavedCall && otherCall && otherCall.scenarioId !== scenario.id && (
        <p className="notice notice-warning" role="status">
          Dialling ends your unfinished call with {otherCall.scenarioTitle}.
        </p>
      )}

      <button type="submit" className="button button-success dial-button">
        <Icon name="phone" size={20} /> Call {name}
      </button>
    </form>
  );
}
