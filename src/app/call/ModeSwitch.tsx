import { useSettingsStore } from '../settings/settingsStore';

/** Guided or free text, as two toggle buttons. */
export function ModeSwitch({ labelledBy }: { labelledBy: string }) {
  const mode = useSettingsStore((s) => s.mode);
  const setMode = useSettingsStore((s) => s.setMode);
  return (
    <div className="segmented" role="group" aria-labelledby={labelledBy}>
      <button type="button" aria-pressed={mode === 'guided'} onClick={() => setMode('guided')}>
        Guided
      </button>
      <button type="button" aria-pressed={mode === 'free'} onClick={() => setMode('free')}>
        Free text
      </button>
    </div>
  );
}
