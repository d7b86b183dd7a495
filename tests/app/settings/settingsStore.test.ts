// Web storage in memory, in Node: these stores need localStorage, not a DOM.
import '../../support/installWebStorage';
import { beforeEach, describe, expect, it } from 'vitest';
import { effectiveDifficulty, useSettingsStore } from '../../../src/app/settings/settingsStore';
import { useStorageNotices } from '../../../src/app/storage/storageNotices';
import { fillStorage, resetStorageState } from '../../support/storageState';

describe('the settings store', () => {
  beforeEach(() => {
    localStorage.clear();
    resetStorageState();
    useSettingsStore.setState(useSettingsStore.getInitialState());
  });

  it('starts with guided lines, the scripted customer and each scenario’s own difficulty', () => {
    const s = useSettingsStore.getState();
    expect(s.mode).toBe('guided');
    expect(s.personaKind).toBe('scripted');
    expect(s.difficulty).toBe('scenario');
    expect(s.motion).toBe('system');
    expect(s.voice).toBe(false);
    expect(s.pace).toBe('natural');
  });

  it('keeps a quick pace across a reload, and reads an unknown pace as natural', async () => {
    useSettingsStore.getState().setPace('quick');
    await useSettingsStore.persist.rehydrate();
    expect(useSettingsStore.getState().pace).toBe('quick');
    localStorage.setItem('dialed-in.settings', JSON.stringify({ state: { pace: 'instant' }, version: 1 }));
    useSettingsStore.setState(useSettingsStore.getInitialState());
    await useSettingsStore.persist.rehydrate();
    expect(useSettingsStore.getState().pace).toBe('natural');
  });

  it('keeps changes in localStorage', () => {
    useSettingsStore.getState().setMode('free');
    useSettingsStore.getState().setVoice(true);
    const saved = JSON.parse(localStorage.getItem('dialed-in.settings')!) as { state: Record<string, unknown> };
    expect(saved.state).toMatchObject({ mode: 'free', voice: true });
  });

  it('falls back to the default for each damaged saved value, keeping the good ones', async () => {
    localStorage.setItem(
      'dialed-in.settings',
      JSON.stringify({ state: { mode: 'free', difficulty: 'impossible', voice: 'yes', motion: 'reduce' }, version: 1 }),
    );
    await useSettingsStore.persist.rehydrate();
    const s = useSettingsStore.getState();
    expect(s.mode).toBe('free');
    expect(s.motion).toBe('reduce');
    expect(s.difficulty).toBe('scenario');
    expect(s.voice).toBe(false);
  });

  it('keeps a copy of settings it could only partly read, and names what it could not', async () => {
    const text = JSON.stringify({ state: { mode: 'free', voice: 'yes' }, version: 1 });
    localStorage.setItem('dialed-in.settings', text);
    await useSettingsStore.persist.rehydrate();
    expect(useSettingsStore.getState().mode).toBe('free');
    useSettingsStore.getState().setMotion('reduce');
    expect(localStorage.getItem('dialed-in.settings.unreadable')).toBe(text);
    expect(useStorageNotices.getState().setAside.map((e) => e.reason)).toEqual(['voice: not a value this version knows']);
  });

  it('sets settings from a newer version aside, uses the defaults, and does not write over them unread', async () => {
    const text = JSON.stringify({ state: { mode: 'free', theme: 'dark' }, version: 2 });
    localStorage.setItem('dialed-in.settings', text);
    await useSettingsStore.persist.rehydrate();
    expect(useSettingsStore.getState().mode).toBe('guided');
    useSettingsStore.getState().setVoice(true);
    expect(localStorage.getItem('dialed-in.settings.unreadable')).toBe(text);
    expect(useStorageNotices.getState().setAside.map((e) => e.reason)).toEqual(['it was saved by a newer version of Dialed In (format 2)']);
  });

  it('keeps working, and says so, when settings cannot be saved', () => {
    const undo = fillStorage();
    try {
      expect(() => useSettingsStore.getState().setMode('free')).not.toThrow();
    } finally {
      undo();
    }
    expect(useSettingsStore.getState().mode).toBe('free');
    expect(useStorageNotices.getState().unsaved).toEqual(['dialed-in.settings']);
  });

  it('uses the scenario’s difficulty unless one is chosen', () => {
    expect(effectiveDifficulty('scenario', 'hard')).toBe('hard');
    expect(effectiveDifficulty('easy', 'hard')).toBe('easy');
  });
});
