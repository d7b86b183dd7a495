// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryOutboxStorage } from '../../../../src/app/teamMode/outboxStorage';
import CoachScreen from '../../../../src/app/teamMode/screens/CoachScreen';
import type { TeamApi } from '../../../../src/app/teamMode/teamApi';
import type { Me } from '../../../../src/app/teamMode/teamApiTypes';
import { createTeamStore } from '../../../../src/app/teamMode/teamStore';
import { TeamStoreProvider } from '../../../../src/app/teamMode/useTeam';
import { fakeManagerApi } from '../fakeManagerApi';

const mia: Me = { user: { id: 'u-mia', email: 'mia@example.com', displayName: 'Mia', role: 'manager' }, csrfToken: 'x', teams: [{ id: 't1', name: 'Team A' }] };

/** The manager's People tab over a fake server, counting how often the pending invites are asked for. */
function renderPeople() {
  const { api, server } = fakeManagerApi();
  const asked = { invites: 0 };
  const counted: TeamApi = { ...api, teamInvites: (teamId) => (asked.invites++, api.teamInvites(teamId)) };
  const store = createTeamStore({ api: counted, outbox: memoryOutboxStorage() });
  store.setState({ mode: 'team', me: mia, teams: mia.teams });
  render(
    <TeamStoreProvider store={store}>
      <CoachScreen teamId="t1" tab="people" />
    </TeamStoreProvider>,
  );
  return { server, asked };
}

const memberNames = () =>
  within(screen.getByTestId('members'))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);
/** The roster's live tick: 5 seconds on the page's interval timer (only intervals are faked, so waiting for conditions still works). */
const tick = () => vi.advanceTimersByTime(5000);

beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the manager’s People tab', () => {
  it('shows a trainee who joined, and drops the invite they used, on the next live tick', async () => {
    const { server } = renderPeople();
    await expect.poll(memberNames).toEqual(['Miamia@example.com']);
    expect(await screen.findAllByRole('listitem')).toHaveLength(1);
    server.accept('i-tara', 'Tara');
    tick();
    await expect.poll(memberNames).toEqual(['Miamia@example.com', 'Taratara@example.com']);
    expect(await screen.findByText(/^No pending invites/)).toBeTruthy();
  });

  it('asks for the pending invites once per tick and when the page is shown again, with the members, and not while the tab is hidden', async () => {
    const { server, asked } = renderPeople();
    await expect.poll(memberNames).toHaveLength(1);
    expect({ lists: asked.invites, dashboards: server.loads }).toEqual({ lists: 1, dashboards: 1 });
    tick();
    await expect.poll(() => asked.invites).toBe(2);
    expect(server.loads).toBe(2);
    fireEvent.focus(window);
    await expect.poll(() => asked.invites).toBe(3);
    expect(server.loads).toBe(3);
    const visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    try {
      tick();
      fireEvent.focus(window);
      expect({ lists: asked.invites, dashboards: server.loads }).toEqual({ lists: 3, dashboards: 3 });
    } finally {
      Object.defineProperty(document, 'visibilityState', visibility);
    }
  });
});
