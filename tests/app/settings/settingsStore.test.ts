// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { effectiveDifficulty, useSettingsStore } from '../../../src/app/settings/settingsStore';

describe('the settings store', () => {
  beforeEach(() => {
    localStorage.clear();
    useSettingsStore.setState(useSettingsStore.getInitialState());
  });

  it('starts with guided lines, the scripted customer and each scenario’s own difficulty', () => {
    const s = useSettingsStore.getState();
    expect(s.mode).toBe('guided');
    expect(s.personaKind).toBe('scripted');
    expect(s.difficulty).toBe('scenario');
    expect(s.motion).toBe('system');
    expect(s.voice).toBe(false);
  });

  it('keeps changes in localStorage', () => {
    useSettingsStore.getState().setMode('free');
    useSettingsStore.getState().setVoice(true);
    const saved = JSON.parse(localStorage.getItem('dialed-in.settings')!) as { state: Record<string, unknown> };
    expect(saved.state).toMatchObject({ mode: 'free', voice: true });
  });

  it('falls back to the default for each damaged saved value, keeping the good ones', async () => {
    localStorage.setItem('dialed-in.settings', JSON.stringify({ state: { mode: 'free', difficulty: 'impossible', voice: 'yes', motion: 'reduce' }, version: 1 }));
    await useSettingsStore.persist.rehydrate();
    const s = useSettingsStore.getState();
    expect(s.mode).toBe('free');
    expect(s.motion).toBe('reduce');
    expect(s.difficulty).toBe('scenario');
    expect(s.voice).toBe(false);
  });

  it('uses the scenario’s difficulty unless one is chosen', () => {
    expect(effectiveDifficulty('scenario', 'hard')).toBe('hard');
    expect(effectiveDifficulty('easy', 'hard')).toBe('easy');
  });
});
