// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import SettingsScreen from '../../../src/app/settings/SettingsScreen';
import { useSettingsStore } from '../../../src/app/settings/settingsStore';

describe('SettingsScreen', () => {
  beforeEach(() => {
    localStorage.clear();
    useSettingsStore.setState(useSettingsStore.getInitialState());
  });
  afterEach(cleanup);

  it('lets the trainee pick a quick pace for the customer, natural being the default', () => {
    render(<SettingsScreen />);
    const group = screen.getByRole('group', { name: 'The customer’s pace' });
    expect(within(group).getByRole('radio', { name: /^Natural/ })).toHaveProperty('checked', true);
    fireEvent.click(within(group).getByRole('radio', { name: /^Quick/ }));
    expect(useSettingsStore.getState().pace).toBe('quick');
  });
});
