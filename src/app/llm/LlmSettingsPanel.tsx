import './llm.css';
import { useEffect, useId } from 'react';
import { LLM_PRESETS, presetById, type LlmPreset } from './llmPresets';
import { useLlmSettingsStore } from './llmSettingsStore';

/** The app's own server has a model: trainees need no key. */
function TeamServerNotice() {
  const model = useLlmSettingsStore((s) => s.team.model);
  const useTeam = useLlmSettingsStore((s) => s.useTeamServer);
  const setUseTeam = useLlmSettingsStore((s) => s.setUseTeamServer);
  return (
    <div className="notice llm-team">
      <div className="notice-body">
        <p>
          <strong>This app’s server has a model for you</strong> ({model}). The key stays on the server; you need none.
        </p>
        <label className="llm-inline-toggle">
          <input type="checkbox" checked={useTeam} onChange={(e) => setUseTeam(e.target.checked)} />
          Use the team server’s model
        </label>
      </div>
    </div>
  );
}

/** Server preset, address, model and key, typed in this browser. */
function ConnectionForm() {
  const ids = { preset: useId(), url: useId(), model: useId(), key: useId(), keyNote: useId(), models: useId() };
  const presetId = useLlmSettingsStore((s) => s.presetId);
  const baseURL = useLlmSettingsStore((s) => s.baseURL);
  const model = useLlmSettingsStore((s) => s.model);
  const apiKey = useLlmSettingsStore((s) => s.apiKey);
  const offered = useLlmSettingsStore((s) => s.check.result?.models);
  const { choosePreset, setBaseURL, setModel, setApiKey, forgetKey } = useLlmSettingsStore.getState();
  const preset = presetById(presetId);
  return (
    <div className="llm-form">
      <div className="field">
        <label htmlFor={ids.preset}>Server</label>
        <select id={ids.preset} value={presetId} onChange={(e) => choosePreset(e.target.value as LlmPreset['id'])}>
          {LLM_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
        <p className="hint">{preset.hint}</p>
      </div>
      <div className="field">
        <label htmlFor={ids.url}>Base URL</label>
        <input
          id={ids.url}
          type="text"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          placeholder="http://localhost:11434/v1"
          value={baseURL}
          onChange={(e) => setBaseURL(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.model}>Model</label>
        <input
          id={ids.model}
          type="text"
          spellCheck={false}
          autoComplete="off"
          placeholder="gpt-4o-mini, llama3.2, …"
          list={offered ? ids.models : undefined}
          value={model}
          onChange={(e) => setModel(e.target.value)}
        />
        {offered && (
          <datalist id={ids.models}>
            {offered.map((m) => (
              <option key={m} value={m} />
            ))}
          </datalist>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.key}>API key {preset.needsKey ? '' : '(if your server needs one)'}</label>
        <div className="llm-key-row">
          <input
            id={ids.key}
            type="password"
            spellCheck={false}
            autoComplete="off"
            aria-describedby={ids.keyNote}
            value={apiKey}
            onChange={(e) => setApiKey(e.target.value)}
          />
          <button type="button" className="button button-small" onClick={forgetKey} disabled={!apiKey}>
            Forget key
          </button>
        </div>
        <p id={ids.keyNote} className="hint">
          Your key is kept only in this browser (its local storage) and sent only to the server above. It is never saved in your call history, exports,
          assignment or results files.
        </p>
      </div>
    </div>
  );
}

/** "Test connection" and its answer in plain words. */
function ConnectionCheckButton() {
  const status = useLlmSettingsStore((s) => s.check.status);
  const result = useLlmSettingsStore((s) => s.check.result);
  const testing = status === 'testing';
  return (
    <div className="llm-check">
      <div className="button-row">
        <button type="button" className="button" onClick={() => void useLlmSettingsStore.getState().testConnection()} disabled={testing}>
          {testing ? 'Testing…' : 'Test connection'}
        </button>
      </div>
      <div role="status" aria-live="polite" className="llm-check-result">
        {status === 'done' && result && (
          <p className={`notice ${result.ok ? 'llm-ok' : 'notice-danger'}`} data-testid="llm-check-result">
            {result.message}
          </p>
        )}
      </div>
    </div>
  );
}

/** Turns the model's second opinion on the Results screen on or off. */
function JudgeToggle() {
  const on = useLlmSettingsStore((s) => s.judgeEnabled);
  const setOn = useLlmSettingsStore((s) => s.setJudgeEnabled);
  return (
    <label className="toggle">
      <input type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
      <span>
        <span className="choice-label">Second opinion from the model</span>
        <span className="choice-description">
          After each call the model also judges it against the same principles, shown beside your score with any disagreements. The official score stays the
          rule-based one. Uses extra tokens.
        </span>
      </span>
    </label>
  );
}

/** Model connection settings: team server or a server of your own, the test, and the judge toggle. */
export default function LlmSettingsPanel() {
  const team = useLlmSettingsStore((s) => s.team.status);
  const useTeam = useLlmSettingsStore((s) => s.useTeamServer);
  useEffect(() => {
    void useLlmSettingsStore.getState().detectTeam();
  }, []);
  const teamInUse = team === 'on' && useTeam;
  return (
    <div className="llm-settings" aria-label="Language model connection" role="group">
      {team === 'on' && <TeamServerNotice />}
      {!teamInUse && <ConnectionForm />}
      <ConnectionCheckButton />
      <JudgeToggle />
    </div>
  );
}
