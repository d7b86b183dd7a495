import '../shared/workflows.css';
import { useEffect, useId, useRef, useState } from 'react';
import { MAX_SCENARIO_BYTES, type Scenario } from '../../core/scenario';
import { readTextFile } from '../shared/fileIO';
import { downloadText } from '../shared/downloadText';
import { playUnderRules } from '../call/playUnderRules';
import { keepAside, readLocal, writeLocal } from '../storage/localJson';
import { ValidationErrors } from '../shared/ValidationErrors';
import { useScenarioCatalog } from '../scenarios/scenarioCatalog';
import { ScreenHeading } from '../shared/ScreenHeading';
import { useConfirm } from '../shared/useConfirm';
import { useCustomScenarios } from './customScenariosStore';
import { plainProblems } from './plainYamlError';
import { STORAGE_KEYS } from '../storage/storageAreas';
import { SCENARIO_TEMPLATE } from './scenarioTemplate';
import { loadScenarioParser, useScenarioCheck } from './useScenarioCheck';

/** Where the text being edited is kept, so a reload or a slip of the finger loses nothing. */
const DRAFT_KEY = STORAGE_KEYS.authoringDraft;

function initialDraft(): string {
  const saved = readLocal(DRAFT_KEY);
  // A draft that is not text is set aside before the editor's next save writes over it.
  if (saved.unreadable !== undefined) keepAside(DRAFT_KEY, saved.unreadable, 'it is not valid JSON');
  else if (saved.value !== undefined && typeof saved.value !== 'string') keepAside(DRAFT_KEY, JSON.stringify(saved.value), 'it is not text');
  return typeof saved.value === 'string' && saved.value.trim() !== '' ? saved.value : SCENARIO_TEMPLATE;
}

async function asYaml(scenario: Scenario, id?: string): Promise<string> {
  const { stringify } = await import('yaml');
  return stringify(id ? { ...scenario, id, title: `${scenario.title} (copy)` } : scenario, { lineWidth: 0 });
}

/** `fixFirst` marks the refusal to save invalid text: it goes away once the text is valid. */
/** The line of the top-level `id:` key, for the built-in id clash. */
function idLine(text: string): number | undefined {
  const index = text.split('\n').findIndex((line) => /^\s*"?id"?\s*:/.test(line));
  return index === -1 ? undefined : index + 1;
}

type Message = { tone: 'ok' | 'error'; text: string; fixFirst?: boolean };

/** The scenario editor: YAML or JSON with live path-precise checks, save, try, export and import; scenarios stay in this browser. */
export default function AuthoringScreen() {
  const custom = useCustomScenarios((s) => s.scenarios);
  const builtIn = useScenarioCatalog((s) => s.builtIn);
  const [text, setText] = useState(initialDraft);
  const [message, setMessage] = useState<Message>();
  const [copyFrom, setCopyFrom] = useState('');
  const { dialog, ask } = useConfirm();
  const check = useScenarioCheck(text);
  const fileInput = useRef<HTMLInputElement>(null);
  const editorId = useId();
  useEffect(() => useCustomScenarios.getState().load(), []);
  useEffect(() => {
    const timer = setTimeout(() => {
      try {
        writeLocal(DRAFT_KEY, text);
      } catch {
        // The storage notice says the draft is not kept; saving the scenario reports its own problems.
      }
    }, 400);
    return () => clearTimeout(timer);
  }, [text]);

  const builtInClash = check.status === 'valid' && builtIn.some((s) => s.id === check.scenario.id);
  const savedAs = check.status === 'valid' ? custom.find((s) => s.id === check.scenario.id) : undefined;
  const savedSame = savedAs !== undefined && check.status === 'valid' && JSON.stringify(savedAs) === JSON.stringify(check.scenario);
  const ready = check.status === 'valid' && !builtInClash;
  // Once the text is fixed, the "fix the problems first" message goes for good, even if the text breaks again.
  const [wasReady, setWasReady] = useState(ready);
  if (ready !== wasReady) {
    setWasReady(ready);
    if (ready && message?.fixFirst) setMessage(undefined);
  }

  async function replaceText(next: string, what: string) {
    const current = check.status === 'valid' ? check.scenario : undefined;
    const unsaved = text !== SCENARIO_TEMPLATE && !(current && custom.some((s) => JSON.stringify(s) === JSON.stringify(current)));
    if (
      unsaved &&
      !(await ask({
        title: 'Replace the editor text?',
        message: `The text in the editor will be replaced with ${what}. Unsaved changes will be lost.`,
        confirmLabel: 'Replace',
      }))
    )
      return;
    setText(next);
    setMessage(undefined);
  }

  async function save(): Promise<Scenario | undefined> {
    // Checked again here: the live check may be a keystroke behind.
    const result = (await loadScenarioParser())(text);
    if (!result.ok || builtIn.some((s) => s.id === result.value.id)) {
      setMessage({ tone: 'error', text: 'Fix the problems listed below the editor first; nothing was saved.', fixFirst: true });
      return undefined;
    }
    const scenario = result.value;
    const existing = custom.find((s) => s.id === scenario.id);
    const differs = existing && JSON.stringify(existing) !== JSON.stringify(scenario);
    if (
      differs &&
      !(await ask({
        title: 'Replace your saved scenario?',
        message: `You already saved “${existing.title}” (${existing.id}). Saving replaces it with the text in the editor.`,
        confirmLabel: 'Replace',
      }))
    )
      return undefined;
    const error = useCustomScenarios.getState().save(scenario);
    setMessage(error ? { tone: 'error', text: error } : { tone: 'ok', text: `Saved “${scenario.title}”. It can be played, and added to assignments.` });
    return error ? undefined : scenario;
  }

  async function tryIt() {
    const scenario = await save();
    if (!scenario) return;
    playUnderRules({
      scenarioId: scenario.id,
      returnTo: { label: 'Back to the scenario editor', hash: '#/authoring' },
      label: 'Trying your scenario from the editor',
    });
  }

  async function importFile(file: File | undefined) {
    if (fileInput.current) fileInput.current.value = '';
    if (!file) return;
    const read = await readTextFile(file, MAX_SCENARIO_BYTES);
    if (!read.ok) {
      setMessage({ tone: 'error', text: `“${file.name}” was not opened: ${read.message}. The editor was not changed.` });
      return;
    }
    await replaceText(read.text, `“${file.name}”`);
  }

  const name = check.status === 'valid' ? check.scenario.id : 'scenario';
  const format = /^\s*[[{]/.test(text) ? 'json' : 'yaml';

  return (
    <section className="screen wf-authoring" data-screen="authoring" aria-labelledby="authoring-title">
      <header className="screen-header">
        <p className="eyebrow">Scenario editor</p>
        <ScreenHeading id="authoring-title">Write your own scenario</ScreenHeading>
        <p className="lede">
          Scenarios are YAML or JSON in the same format as the built-in ones. Every problem is shown with where it is as you type. Saved scenarios stay in this
          browser and travel inside the assignments that use them.
        </p>
      </header>
      <div className="wf-editor-layout">
        <div className="card wf-editor">
          <label htmlFor={editorId} className="label">
            Scenario ({format === 'json' ? 'JSON' : 'YAML'})
          </label>
          <textarea
            id={editorId}
            className="wf-code"
            spellCheck={false}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={`${editorId}-check`}
            aria-invalid={check.status === 'invalid' || builtInClash ? true : undefined}
            data-testid="scenario-editor"
          />
          <div id={`${editorId}-check`} className="wf-check-result" aria-live="polite" data-testid="scenario-check">
            {check.status === 'pending' ? (
              <p className="muted">Checking…</p>
            ) : check.status === 'valid' && builtInClash ? (
              <>
                <p className="wf-invalid">1 problem to fix:</p>
                <ValidationErrors
                  errors={[{ path: 'id', message: `“${check.scenario.id}” is the id of a built-in scenario; give yours its own id.` }]}
                  lineOf={(path) => (path === 'id' ? idLine(text) : undefined)}
                />
              </>
            ) : check.status === 'valid' ? (
              <>
                <p className="wf-valid">
                  Valid scenario: <strong>{check.scenario.title}</strong> (<code>{check.scenario.id}</code>){savedSame ? ', saved in this browser.' : ''}
                </p>
                {check.scenario.migratedFrom === 1 && (
                  <p className="muted" data-testid="scenario-version-1">
                    This is a version 1 scenario (keywords only). It still works. To move it to version 2, set <code>schemaVersion: 2</code> and give each fact,
                    issue, value item and next step a <code>meaning</code> and 2 to 6 <code>examples</code>.
                  </p>
                )}
                {check.scenario.series && (
                  <p className="muted" data-testid="scenario-series">
                    A series of {check.scenario.series.calls.length} calls ({check.scenario.series.calls.map((call) => call.day).join(', ')}). Each call is
                    checked as it will be played; <em>Save and try it</em> opens the series at the call you are up to, with its briefing written from the calls
                    before.
                  </p>
                )}
                {savedAs && !savedSame && (
                  <p className="muted" data-testid="scenario-replaces">
                    You already saved a scenario with the id <code>{savedAs.id}</code> (“{savedAs.title}”). Saving replaces it; change the id to keep both.
                  </p>
                )}
              </>
            ) : (
              <>
                <p className="wf-invalid">{check.errors.length === 1 ? '1 problem' : `${check.errors.length} problems`} to fix:</p>
                <ValidationErrors errors={plainProblems(check.errors, check.lineOf)} limit={30} />
              </>
            )}
          </div>
          {message && !(message.fixFirst && ready) && (
            <p className={`notice ${message.tone === 'error' ? 'notice-danger' : ''}`} role={message.tone === 'error' ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={() => void save()}>
              Save
            </button>
            <button type="button" className="button button-success" onClick={() => void tryIt()}>
              Save and try it
            </button>
            <button
              type="button"
              className="button"
              onClick={() => downloadText(`${name}.${format}`, text, format === 'json' ? 'application/json' : 'application/yaml')}
            >
              Export file
            </button>
          </div>
        </div>
        <aside className="wf-editor-side">
          <section className="card" aria-labelledby="mine-title">
            <h2 id="mine-title">Your scenarios</h2>
            {custom.length === 0 ? (
              <p className="muted">None saved yet.</p>
            ) : (
              <ul className="wf-files">
                {custom.map((s) => (
                  <li key={s.id}>
                    <span>
                      <strong>{s.title}</strong> <code>{s.id}</code>
                    </span>
                    <span className="button-row">
                      <button type="button" className="button button-small" onClick={() => void asYaml(s).then((yaml) => replaceText(yaml, `“${s.title}”`))}>
                        Edit
                      </button>
                      <button
                        type="button"
                        className="button button-small button-ghost"
                        onClick={() => {
                          if (!window.confirm(`Delete “${s.title}” from this browser? Assignments already sent keep their copy.`)) return;
                          const error = useCustomScenarios.getState().remove(s.id);
                          if (error) setMessage({ tone: 'error', text: error });
                        }}
                      >
                        Delete
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="start-title">
            <h2 id="start-title">Start from</h2>
            <div className="button-row">
              <button type="button" className="button button-small" onClick={() => void replaceText(SCENARIO_TEMPLATE, 'the template')}>
                The template
              </button>
              <label className="button button-small wf-file-button">
                A scenario file
                <input
                  ref={fileInput}
                  type="file"
                  accept=".yaml,.yml,.json,application/json"
                  className="visually-hidden"
                  onChange={(e) => void importFile(e.target.files?.[0])}
                />
              </label>
            </div>
            <div className="field">
              <label htmlFor={`${editorId}-copy`}>A copy of a built-in scenario</label>
              <div className="wf-inline">
                <select id={`${editorId}-copy`} value={copyFrom} onChange={(e) => setCopyFrom(e.target.value)}>
                  <option value="">Choose…</option>
                  {builtIn.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.title}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button button-small"
                  disabled={!copyFrom}
                  onClick={() => {
                    const source = builtIn.find((s) => s.id === copyFrom);
                    if (source) void asYaml(source, `${source.id}-copy`).then((yaml) => replaceText(yaml, `a copy of “${source.title}”`));
                  }}
                >
                  Copy
                </button>
              </div>
            </div>
          </section>
        </aside>
      </div>
      {dialog}
    </section>
  );
}
