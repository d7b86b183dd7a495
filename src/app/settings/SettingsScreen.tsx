import './settings.css';
import { lazy, Suspense, useId, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ScreenHeading } from '../shared/ScreenHeading';
import type { Pace } from '../../core/call';
import { useSettingsStore, type DifficultyPreference, type MotionPreference } from './settingsStore';

import { voiceSupported } from '../voice/voiceSupport';

// Loaded only when this screen is open: most trainees never set up a model.
const LlmSettingsPanel = lazy(() => import('../llm/LlmSettingsPanel'));

/** A group of radio buttons with a legend. */
function Choice<T extends string>({
  legend,
  hint,
  value,
  options,
  onChange,
}: {
  legend: string;
  hint?: string;
  value: T;
  options: { value: T; label: string; description?: string; disabled?: boolean }[];
  onChange(value: T): void;
}) {
  const name = useId();
  return (
    <fieldset className="settings-group">
      <legend>{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="choices">
        {options.map((option) => (
          <label key={option.value} className={`choice${option.disabled ? ' choice-disabled' : ''}`}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              disabled={option.disabled}
              onChange={() => onChange(option.value)}
            />
            <span>
              <span className="choice-label">{option.label}</span>
              {option.description && <span className="choice-description">{option.description}</span>}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card settings-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** Settings: how calls are played and how the app behaves. Saved in this browser. */
export default function SettingsScreen() {
  const s = useSettingsStore(useShallow((state) => state));
  const voiceAvailable = voiceSupported();
  return (
    <section className="screen settings" data-screen="settings" aria-labelledby="settings-title">
      <header className="screen-header">
        <ScreenHeading id="settings-title">Settings</ScreenHeading>
        <p className="lede">Saved in this browser only.</p>
      </header>

      <Section title="Playing a call">
        <Choice
          legend="How you speak"
          value={s.mode}
          onChange={s.setMode}
          options={[
            { value: 'guided', label: 'Guided', description: 'Pick one of three lines at each turn. Good for your first calls.' },
            { value: 'free', label: 'Free text', description: 'Type what you would say, as on a real call.' },
          ]}
        />
        <Choice<DifficultyPreference>
          legend="Difficulty"
          hint="Harder customers lose patience sooner and give away less."
          value={s.difficulty}
          onChange={s.setDifficulty}
          options={[
            { value: 'scenario', label: 'As each scenario is written' },
            { value: 'easy', label: 'Easy' },
            { value: 'medium', label: 'Medium' },
            { value: 'hard', label: 'Hard' },
          ]}
        />
        <Choice
          legend="Who plays the customer"
          value={s.personaKind}
          onChange={s.setPersonaKind}
          options={[
            { value: 'scripted', label: 'Scripted customer', description: 'Works offline, no set-up. The same lines always get the same reaction.' },
            {
              value: 'llm',
              label: 'Language model',
              description: 'A model plays the customer from the same scenario. Set it up under “Language model” below.',
            },
          ]}
        />
        <Choice<Pace>
          legend="The customer’s pace"
          value={s.pace}
          onChange={s.setPace}
          options={[
            { value: 'natural', label: 'Natural', description: 'The phone rings and the customer takes a moment before each reply, as on a real call.' },
            { value: 'quick', label: 'Quick', description: 'Short rings and pauses, for running through many calls. Scoring is the same either way.' },
          ]}
        />
      </Section>

      <Section title="Language model (optional)">
        <p className="muted">
          Set up a model to play the customer, or to give a second opinion on your score. Nothing here is needed for the scripted customer.
        </p>
        <Suspense fallback={<p className="muted">Loading model settings…</p>}>
          <LlmSettingsPanel />
        </Suspense>
      </Section>

      <Section title="Accessibility and sound">
        <Choice<MotionPreference>
          legend="Animations"
          value={s.motion}
          onChange={s.setMotion}
          options={[
            { value: 'system', label: 'Follow my system setting' },
            { value: 'reduce', label: 'Reduce animations' },
            { value: 'full', label: 'Full animations' },
          ]}
        />
        {voiceAvailable ? (
          <label className="toggle">
            <input type="checkbox" checked={s.voice} onChange={(e) => s.setVoice(e.target.checked)} />
            <span>
              <span className="choice-label">Voice</span>
              <span className="choice-description">The customer speaks aloud, and you can answer with your microphone. Scoring is the same either way.</span>
            </span>
          </label>
        ) : null}
        <div className="button-row">
          <button type="button" className="button button-small" onClick={() => s.setIntroSeen(false)} disabled={!s.introSeen}>
            Show the introduction on the home screen again
          </button>
        </div>
      </Section>
    </section>
  );
}
