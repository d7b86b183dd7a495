// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ClockProvider } from '../../../../src/app/clock/useClock';
import { memoryOutboxStorage } from '../../../../src/app/teamMode/outboxStorage';
import { InviteLink } from '../../../../src/app/teamMode/parts/InviteLink';
import { PendingInvites } from '../../../../src/app/teamMode/parts/PendingInvites';
import { type TeamApi, TeamApiError } from '../../../../src/app/teamMode/teamApi';
import type { Me, PendingInvite } from '../../../../src/app/teamMode/teamApiTypes';
import { createTeamStore } from '../../../../src/app/teamMode/teamStore';
import { TeamStoreProvider } from '../../../../src/app/teamMode/useTeam';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const DAY = 24 * 3_600_000;
const mia: Me = { user: { id: 'u-mia', email: 'mia@example.com', displayName: 'Mia Manager', role: 'manager' }, csrfToken: 'x', teams: [] };
const ada: Me = { ...mia, user: { id: 'u-ada', email: 'ada@example.com', displayName: 'Ada Admin', role: 'admin' } };

const invite = (id: string, over: Partial<PendingInvite> = {}): PendingInvite => ({
  id,
  role: 'trainee',
  createdBy: 'u-mia',
  createdByName: 'Mia Manager',
  createdAt: new Date(NOW - DAY).toISOString(),
  expiresAt: new Date(NOW + 3 * DAY).toISOString(),
  ...over,
});

/** Renders the list over a fake server; `waiting` holds each list and withdraw answer back until the test lets it go. */
function renderList({ invites = [] as PendingInvite[], me = mia, withdrawFails = undefined as TeamApiError | undefined } = {}) {
  const waiting: { list: (() => void)[]; withdraw: (() => void)[] } = { list: [], withdraw: [] };
  const server = { invites };
  const api: Partial<TeamApi> = {
    teamInvites: () => new Promise((resolve) => waiting.list.push(() => resolve([...server.invites]))),
    withdrawInvite: (id) =>
      new Promise((resolve, reject) =>
        waiting.withdraw.push(() => {
          if (withdrawFails) return reject(withdrawFails);
          server.invites = server.invites.filter((i) => i.id !== id);
          resolve();
        }),
      ),
  };
  const store = createTeamStore({ api: api as TeamApi, outbox: memoryOutboxStorage() });
  store.setState({ mode: 'team', me });
  render(
    <ClockProvider clock={{ now: () => NOW }}>
      <TeamStoreProvider store={store}>
        <PendingInvites teamId="t-1" />
      </TeamStoreProvider>
    </ClockProvider>,
  );
  const answerList = async () => {
    expect(waiting.list.length).toBeGreaterThan(0);
    for (const release of waiting.list.splice(0)) release();
    await screen.findAllByText(/No pending invites|expires/, { selector: 'p, strong' });
  };
  return { store, waiting, answerList };
}

afterEach(cleanup);

describe('a team’s pending invites', () => {
  it('says it is loading until the server answers, then that there are none', async () => {
    const { answerList } = renderList();
    expect(screen.getByText('Loading pending invites…')).toBeTruthy();
    await answerList();
    expect(screen.getByText(/No pending invites/)).toBeTruthy();
    expect(screen.queryByText('Loading pending invites…')).toBeNull();
  });

  it('lists each invite’s role, who made it and when it expires, and says the link cannot be shown again', async () => {
    const { answerList } = renderList({ invites: [invite('i-1'), invite('i-2', { role: 'manager', createdBy: 'u-ada', createdByName: 'Ada Admin' })] });
    await answerList();
    const [mine, admins] = screen.getAllByRole('listitem');
    expect(mine!.textContent).toMatch(/Trainee.*expires in 3 days.*Made by you/);
    expect(admins!.textContent).toMatch(/Manager.*expires in 3 days.*Made by Ada Admin/);
    expect(screen.getByText(/withdraw it and make a new one/)).toBeTruthy();
  });

  it('asks in place before withdrawing, shows that it is withdrawing, then takes the invite off the list and says so', async () => {
    const { answerList, waiting } = renderList({ invites: [invite('i-1'), invite('i-2')] });
    await answerList();
    const row = screen.getAllByRole('listitem')[0]!;
    fireEvent.click(within(row).getByRole('button', { name: 'Withdraw' }));
    expect(within(row).getByText(/The link stops working at once/)).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Yes, withdraw' }));
    expect(within(row).getByRole('button', { name: 'Withdrawing…' }).getAttribute('aria-disabled')).toBe('true');
    expect(waiting.withdraw).toHaveLength(1);
    waiting.withdraw.shift()!();
    await expect.poll(() => screen.getAllByRole('listitem').length).toBe(1);
    expect(screen.getByRole('status').textContent).toMatch(/Withdrawn: the trainee invite made by you no longer works/);
    // Focus moves in an effect after the list changes; on a loaded machine that can land a moment later.
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('status'));
  });

  it('keeps the invite when the manager thinks better of it, with focus back on Withdraw', async () => {
    const { answerList, waiting } = renderList({ invites: [invite('i-1')] });
    await answerList();
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Withdraw' }));
    expect(waiting.withdraw).toHaveLength(0);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('takes an invite that was used meanwhile off the list, with a note saying so', async () => {
    const gone = new TeamApiError('This invite is no longer pending: it was already used, withdrawn or has expired.', 404, 'invite_not_pending');
    const { answerList, waiting } = renderList({ invites: [invite('i-1'), invite('i-2')], withdrawFails: gone });
    await answerList();
    fireEvent.click(within(screen.getAllByRole('listitem')[0]!).getByRole('button', { name: 'Withdraw' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, withdraw' }));
    waiting.withdraw.shift()!();
    await expect.poll(() => screen.getAllByRole('listitem').length).toBe(1);
    expect(screen.getByRole('status').textContent).toMatch(/The trainee invite made by you was already used, withdrawn or expired, so it is off the list/);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why a withdrawal was refused and keeps the invite listed', async () => {
    const refused = new TeamApiError('Managers withdraw invites for trainees; ask an admin to withdraw one for a manager.', 403, 'forbidden');
    const { answerList, waiting } = renderList({ invites: [invite('i-1')], withdrawFails: refused });
    await answerList();
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, withdraw' }));
    waiting.withdraw.shift()!();
    expect((await screen.findByRole('alert')).textContent).toBe(`Not withdrawn: ${refused.message}`);
    expect(screen.getByRole('button', { name: 'Withdraw' })).toBeTruthy();
  });

  it('drops an invite whose time ran out since the last fetch', async () => {
    const { answerList } = renderList({ invites: [invite('i-old', { expiresAt: new Date(NOW - 1000).toISOString() }), invite('i-1')] });
    await answerList();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('leaves a manager’s invite to an admin to withdraw', async () => {
    const managers = invite('i-1', { role: 'manager', createdBy: 'u-ada', createdByName: 'Ada Admin' });
    const { answerList } = renderList({ invites: [managers] });
    await answerList();
    expect(screen.queryByRole('button', { name: 'Withdraw' })).toBeNull();
    expect(screen.getByText('Only an admin can withdraw a manager’s invite.')).toBeTruthy();
    cleanup();
    const asAdmin = renderList({ invites: [managers], me: ada });
    await asAdmin.answerList();
    expect(screen.getByRole('button', { name: 'Withdraw' })).toBeTruthy();
  });

  it('shows an invite made with the invite button at once, without waiting for a refresh', async () => {
    const made = invite('i-new', { createdAt: new Date(NOW).toISOString(), expiresAt: new Date(NOW + 7 * DAY).toISOString() });
    const api: Partial<TeamApi> = {
      teamInvites: async () => [],
      createInvite: async () => ({ url: 'http://team.test/#/join/token', invite: { ...made, teamId: 't-1' } }),
    };
    const store = createTeamStore({ api: api as TeamApi, outbox: memoryOutboxStorage() });
    store.setState({ mode: 'team', me: mia });
    render(
      <ClockProvider clock={{ now: () => NOW }}>
        <TeamStoreProvider store={store}>
          <InviteLink role="trainee" teamId="t-1" teamName="Team A" />
          <PendingInvites teamId="t-1" />
        </TeamStoreProvider>
      </ClockProvider>,
    );
    await screen.findByText(/No pending invites/);
    fireEvent.click(screen.getByRole('button', { name: 'Invite a trainee to Team A' }));
    expect((await screen.findByRole('listitem')).textContent).toMatch(/Trainee.*expires in 7 days.*Made by you/);
    expect((screen.getByTestId('invite-link-trainee') as HTMLInputElement).value).toBe('http://team.test/#/join/token');
  });

  it('says the list could not be loaded when the first fetch fails', async () => {
    const store = createTeamStore({
      api: { teamInvites: () => Promise.reject(new TeamApiError('Sign in first.', 401, 'unauthenticated')) } as Partial<TeamApi> as TeamApi,
      outbox: memoryOutboxStorage(),
    });
    render(
      <TeamStoreProvider store={store}>
        <PendingInvites teamId="t-1" />
      </TeamStoreProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('Pending invites could not be loaded: Sign in first.');
    expect(screen.queryByText('Loading pending invites…')).toBeNull();
  });
});
