// @vitest-environment jsdom
import '../../../support/loadedScenarios';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDayOf } from '../../../../src/app/assignments/describeAssignment';
import { useCustomScenarios } from '../../../../src/app/authoring/customScenariosStore';
import { memoryOutboxStorage } from '../../../../src/app/teamMode/outboxStorage';
import { TeamAssignments } from '../../../../src/app/teamMode/parts/TeamAssignments';
import type { ManagedAssignment } from '../../../../src/app/teamMode/teamApiTypes';
import { createTeamStore } from '../../../../src/app/teamMode/teamStore';
import { TeamStoreProvider } from '../../../../src/app/teamMode/useTeam';
import { fakeManagerApi, managed, TeamApiError, week1 } from '../fakeManagerApi';

async function renderAssignments(row: ManagedAssignment = managed()) {
  const fake = fakeManagerApi(row);
  const store = createTeamStore({ api: fake.api, outbox: memoryOutboxStorage() });
  await store.getState().loadDashboard('t1');
  render(
    <TeamStoreProvider store={store}>
      <TeamAssignments teamId="t1" />
    </TeamStoreProvider>,
  );
  return fake;
}

function openEditor() {
  fireEvent.click(screen.getByRole('button', { name: 'Edit Week 1' }));
  return screen.getByRole('form', { name: 'Edit “Week 1”' });
}

beforeEach(() => {
  localStorage.clear();
  useCustomScenarios.setState({ loaded: false, scenarios: [], setAside: [] });
});
afterEach(cleanup);

describe('editing an assignment in the manager’s assignments view', () => {
  it('opens a form filled with the assignment’s current rules', async () => {
    await renderAssignments();
    const form = within(openEditor());
    expect((form.getByLabelText('Title') as HTMLInputElement).value).toBe('Week 1');
    expect((form.getByLabelText('Note to trainees (optional)') as HTMLTextAreaElement).value).toBe('Open with the reason for the call.');
    expect((form.getByLabelText('Pass mark (0–100)') as HTMLInputElement).value).toBe('70');
    expect((form.getByLabelText('Attempts per scenario') as HTMLInputElement).value).toBe('3');
    expect((form.getByLabelText('Due date (optional)') as HTMLInputElement).value).toBe(localDayOf(week1.dueDate!));
    expect((form.getByLabelText('Free text') as HTMLInputElement).checked).toBe(true);
    const checked = form.getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked);
    expect(checked).toHaveLength(2);
  });

  it('sends only what changed, shows progress while saving, and refreshes the list once saved', async () => {
    const fake = await renderAssignments();
    let release!: () => void;
    fake.server.hold = new Promise((resolve) => (release = resolve));
    const form = within(openEditor());
    fireEvent.change(form.getByLabelText('Pass mark (0–100)'), { target: { value: '85' } });
    fireEvent.click(form.getByRole('button', { name: 'Save changes' }));
    const saving = await form.findByRole('button', { name: 'Saving…' });
    expect((saving as HTMLButtonElement).disabled).toBe(true);
    release();
    expect(await screen.findByText('Saved: trainees see the new rules, and every status follows them.')).toBeTruthy();
    // The due date's day was left alone, so its time of day was kept rather than moved to the end of the day.
    expect(fake.server.edits).toEqual([{ id: 'a-week-1', changes: { passMark: 85 } }]);
    expect(screen.queryByRole('form', { name: 'Edit “Week 1”' })).toBeNull();
    expect(screen.getByText(/Pass mark 85 · 3 attempts per scenario/)).toBeTruthy();
    expect(screen.getByText(/· edited /)).toBeTruthy();
  });

  it('shows the server’s refusal next to the field it names and keeps what was typed', async () => {
    const fake = await renderAssignments();
    const problem = { path: 'scenarioIds', message: 'cannot change: 1 call was already uploaded under this assignment' };
    fake.server.refuse = new TeamApiError('The scenarios cannot change once calls were uploaded.', 409, 'rules_locked', [problem]);
    const form = within(openEditor());
    fireEvent.click(form.getByRole('checkbox', { name: /The executive on a deadline/ }));
    fireEvent.change(form.getByLabelText('Title'), { target: { value: 'Week 1, lease only' } });
    fireEvent.click(form.getByRole('button', { name: 'Save changes' }));
    const alert = await form.findByRole('alert');
    expect(alert.textContent).toContain('The changes were not saved');
    expect(alert.textContent).toContain('Scenarios: cannot change: 1 call was already uploaded under this assignment');
    expect(form.getAllByText('cannot change: 1 call was already uploaded under this assignment').some((p) => p.className === 'error')).toBe(true);
    expect((form.getByLabelText('Title') as HTMLInputElement).value).toBe('Week 1, lease only');
    expect(fake.server.edits[0]!.changes).toEqual({ title: 'Week 1, lease only', scenarioIds: ['lease-follow-up'] });
  });

  it('checks the form before sending it, as for a new assignment', async () => {
    const fake = await renderAssignments();
    const form = within(openEditor());
    fireEvent.change(form.getByLabelText('Title'), { target: { value: '  ' } });
    fireEvent.click(form.getByRole('button', { name: 'Save changes' }));
    expect(form.getByRole('alert').textContent).toContain('Title: write a title');
    expect(fake.server.edits).toEqual([]);
  });

  it('keeps the scenarios and how they are played fixed once calls were uploaded, and says why', async () => {
    await renderAssignments(managed(week1, 2));
    const form = within(openEditor());
    expect(form.getByText(/2 calls were already uploaded under this assignment/)).toBeTruthy();
    // Inside a disabled fieldset a field is disabled without its own attribute, hence :disabled.
    for (const box of form.getAllByRole('checkbox')) expect(box.matches(':disabled')).toBe(true);
    expect(form.getByLabelText('Free text').matches(':disabled')).toBe(true);
    expect(form.getByLabelText('Difficulty').matches(':disabled')).toBe(true);
    expect(form.getByLabelText('Title').matches(':disabled')).toBe(false);
  });

  it('warns that only the first attempts count when the allowance is lowered', async () => {
    await renderAssignments();
    const form = within(openEditor());
    fireEvent.change(form.getByLabelText('Attempts per scenario'), { target: { value: '1' } });
    expect(form.getByText(/only their first 1 count: grant attempts to give someone more/)).toBeTruthy();
  });

  it('closes without sending anything on Cancel or when nothing changed', async () => {
    const fake = await renderAssignments();
    fireEvent.click(within(openEditor()).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'Edit “Week 1”' })).toBeNull();
    fireEvent.click(within(openEditor()).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit “Week 1”' })).toBeNull());
    expect(fake.server.edits).toEqual([]);
    expect(screen.queryByText(/Saved:/)).toBeNull();
  });
});
